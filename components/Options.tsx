import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { originMatchPattern, toHttpsOrigin } from '../utils/core/hosts';
import { DEFAULT_SETTINGS, getSettings, type Settings, settingsItem } from '../utils/core/storage';
import { addCustomOrigin, removeCustomOrigin } from '../utils/options/custom-origins';
import { BackupPanel } from './BackupPanel';

const HANDOFF_CHOICES = [5, 10, 15, 30, 60];

export function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [originInput, setOriginInput] = useState('');
  const [originMessage, setOriginMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(
    null,
  );

  useEffect(() => {
    void getSettings().then(setSettings);
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);

  const save = async (changes: Partial<Settings>) => {
    const next = { ...(await getSettings()), ...changes };
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
          </select>
        </label>
        <p class="help">
          The new secret is kept in memory only, and wiped after this time if VendorAuto hasn’t
          saved it.
        </p>
        <label class="row">
          <input
            type="checkbox"
            checked={settings.autoConfirm}
            onChange={(e) => void save({ autoConfirm: (e.target as HTMLInputElement).checked })}
          />
          Click VendorAuto’s Confirm for me
        </label>
        <p class="help">Off by default: you check the instance and confirm the change yourself.</p>
      </section>

      <section aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">Reminders</h2>
        <p class="help">Notify me this many days before an app’s secret expires:</p>
        <div class="chips">
          {[90, 60, 30, 15, 7, 1].map((days) => (
            <label key={days} class="chip">
              <input
                type="checkbox"
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
        {settings.customVendorAutoOrigins.length > 0 && (
          <ul class="origins">
            {settings.customVendorAutoOrigins.map((origin) => (
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

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Encrypted backup of your current credentials</h2>
        <BackupPanel />
      </section>
    </main>
  );
}
