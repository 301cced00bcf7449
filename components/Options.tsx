import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { originMatchPattern, toHttpsOrigin } from '../utils/core/hosts';
import type { EffectiveSettings, LockableSetting } from '../utils/core/managed';
import {
  DEFAULT_SETTINGS,
  getEffectiveSettings,
  getLocalSettings,
  type Settings,
  settingsItem,
} from '../utils/core/storage';
import { addCustomOrigin, removeCustomOrigin } from '../utils/options/custom-origins';
import { BackupPanel } from './BackupPanel';
import { HistoryExport } from './HistoryExport';
import { ManagedOrigins } from './ManagedOrigins';

const HANDOFF_CHOICES = [5, 10, 15, 30, 60];

const NO_POLICY: EffectiveSettings = {
  settings: DEFAULT_SETTINGS,
  locked: new Set(),
  managedOrigins: [],
};

/** Said next to a control an organisation's policy set: the control is disabled. */
function LockNote({ locked }: { locked: boolean }) {
  return locked ? <span class="locked">Set by your organisation</span> : null;
}

export function Options() {
  const [effective, setEffective] = useState<EffectiveSettings>(NO_POLICY);
  const { settings, managedOrigins } = effective;
  const isLocked = (key: LockableSetting) => effective.locked.has(key);
  const [originInput, setOriginInput] = useState('');
  const [originMessage, setOriginMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(
    null,
  );

  useEffect(() => {
    void getEffectiveSettings().then(setEffective);
    return settingsItem.watch(() => void getEffectiveSettings().then(setEffective));
  }, []);

  // Over the user's own settings only: a policy's values are never copied into them.
  const save = async (changes: Partial<Settings>) => {
    const next = { ...(await getLocalSettings()), ...changes };
    await settingsItem.setValue(next);
  };

  const addOrigin = async (event: Event) => {
    event.preventDefault();
    const origin = toHttpsOrigin(originInput);
    if (!origin) {
      setOriginMessage({
        tone: 'error',
        text: 'Enter an https address, for example vendorauto.example.com.',
      });
      return;
    }
    // Must be called straight from the click: browsers only grant permissions on a user gesture.
    const granted = await browser.permissions.request({ origins: [originMatchPattern(origin)] });
    if (!granted) {
      setOriginMessage({
        tone: 'error',
        text: `Access to ${origin} was not granted, so it was not added.`,
      });
      return;
    }
    await addCustomOrigin(origin);
    setOriginInput('');
    setOriginMessage({
      tone: 'ok',
      text: `Added ${origin}. Reload any open VendorAuto tab there.`,
    });
  };

  return (
    <main class="options">
      <h1>LWA Secret Rotator — Settings</h1>

      <section aria-labelledby="handoff-heading">
        <h2 id="handoff-heading">Hand-off</h2>
        <label class="row">
          Wipe a captured secret after
          <select
            disabled={isLocked('handoffMinutes')}
            value={String(settings.handoffMinutes)}
            onChange={(e) =>
              void save({ handoffMinutes: Number((e.target as HTMLSelectElement).value) })
            }
          >
            {HANDOFF_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} minutes
              </option>
            ))}
            {!HANDOFF_CHOICES.includes(settings.handoffMinutes) && (
              <option value={settings.handoffMinutes}>{settings.handoffMinutes} minutes</option>
            )}
          </select>
          <LockNote locked={isLocked('handoffMinutes')} />
        </label>
        <p class="help">
          The new secret is kept in memory only, and wiped after this time if VendorAuto hasn’t
          saved it.
        </p>
        <label class="row">
          <input
            type="checkbox"
            disabled={isLocked('autoConfirm')}
            checked={settings.autoConfirm}
            onChange={(e) => void save({ autoConfirm: (e.target as HTMLInputElement).checked })}
          />
          Click VendorAuto’s Confirm for me
          <LockNote locked={isLocked('autoConfirm')} />
        </label>
        <p class="help">Off by default: you check the instance and confirm the change yourself.</p>
        <label class="row">
          <input
            type="checkbox"
            disabled={isLocked('guidesEnabled')}
            checked={settings.guidesEnabled}
            onChange={(e) => void save({ guidesEnabled: (e.target as HTMLInputElement).checked })}
          />
          Show the step-by-step guide on Amazon’s console and VendorAuto
          <LockNote locked={isLocked('guidesEnabled')} />
        </label>
      </section>

      <section aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">Reminders</h2>
        <p class="help">
          Notify me this many days before an app’s secret expires:{' '}
          <LockNote locked={isLocked('reminderDays')} />
        </p>
        <div class="chips">
          {[...new Set([90, 60, 30, 15, 7, 1, ...settings.reminderDays])]
            .sort((a, b) => b - a)
            .map((days) => (
              <label key={days} class="chip">
                <input
                  type="checkbox"
                  disabled={isLocked('reminderDays')}
                  checked={settings.reminderDays.includes(days)}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    const next = on
                      ? [...settings.reminderDays, days]
                      : settings.reminderDays.filter((d) => d !== days);
                    void save({ reminderDays: [...new Set(next)].sort((a, b) => b - a) });
                  }}
                />
                {days} {days === 1 ? 'day' : 'days'}
              </label>
            ))}
        </div>
      </section>

      <section aria-labelledby="address-heading">
        <h2 id="address-heading">Your VendorAuto address</h2>
        <ManagedOrigins origins={managedOrigins} />
        <p class="help">
          The extension works on vendorauto.com. If your VendorAuto lives at another address, add it
          here; the browser will ask you to allow access to that one site.
        </p>
        <form class="row" onSubmit={addOrigin}>
          <label class="sr-only" for="origin-input">
            VendorAuto address
          </label>
          <input
            id="origin-input"
            type="text"
            placeholder="vendorauto.example.com"
            value={originInput}
            onInput={(e) => setOriginInput((e.target as HTMLInputElement).value)}
          />
          <button type="submit">Add address</button>
        </form>
        {originMessage && (
          <p
            class={originMessage.tone === 'error' ? 'error' : 'ok'}
            role={originMessage.tone === 'error' ? 'alert' : 'status'}
          >
            {originMessage.text}
          </p>
        )}
        {settings.customVendorAutoOrigins.some((o) => !managedOrigins.includes(o)) && (
          <ul class="origins">
            {settings.customVendorAutoOrigins
              .filter((o) => !managedOrigins.includes(o))
              .map((origin) => (
                <li key={origin}>
                  <span>{origin}</span>
                  <button
                    type="button"
                    onClick={() => void removeCustomOrigin(origin)}
                    aria-label={`Remove ${origin}`}
                  >
                    Remove
                  </button>
                </li>
              ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Rotation history</h2>
        <HistoryExport />
      </section>

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Encrypted backup of your current credentials</h2>
        <BackupPanel />
      </section>
    </main>
  );
}
