import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { i18n } from '#i18n';
import { originMatchPattern, toHttpsOrigin } from '../utils/core/hosts';
import type { EffectiveSettings, LockableSetting } from '../utils/core/managed';
import {
  DEFAULT_SETTINGS,
  getEffectiveSettings,
  getLocalSettings,
  type Settings,
  settingsItem,
} from '../utils/core/storage';
import { formatNumber } from '../utils/core/ui-language';
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
  return locked ? <span class="locked">{i18n.t('options.locked')}</span> : null;
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
        text: i18n.t('options.address.invalid'),
      });
      return;
    }
    // Must be called straight from the click: browsers only grant permissions on a user gesture.
    const granted = await browser.permissions.request({ origins: [originMatchPattern(origin)] });
    if (!granted) {
      setOriginMessage({
        tone: 'error',
        text: i18n.t('options.address.notGranted', { origin }),
      });
      return;
    }
    await addCustomOrigin(origin);
    setOriginInput('');
    setOriginMessage({
      tone: 'ok',
      text: i18n.t('options.address.added', { origin }),
    });
  };

  return (
    <main class="options">
      <h1>{i18n.t('options.title')}</h1>

      <section aria-labelledby="handoff-heading">
        <h2 id="handoff-heading">{i18n.t('options.handoff.heading')}</h2>
        <label class="row">
          {i18n.t('options.handoff.wipeAfter')}
          <select
            disabled={isLocked('handoffMinutes')}
            value={String(settings.handoffMinutes)}
            onChange={(e) =>
              void save({ handoffMinutes: Number((e.target as HTMLSelectElement).value) })
            }
          >
            {HANDOFF_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {i18n.t('options.handoff.minutes', minutes, { minutes: formatNumber(minutes) })}
              </option>
            ))}
            {!HANDOFF_CHOICES.includes(settings.handoffMinutes) && (
              <option value={settings.handoffMinutes}>
                {i18n.t('options.handoff.minutes', settings.handoffMinutes, {
                  minutes: formatNumber(settings.handoffMinutes),
                })}
              </option>
            )}
          </select>
          <LockNote locked={isLocked('handoffMinutes')} />
        </label>
        <p class="help">{i18n.t('options.handoff.wipeHelp')}</p>
        <label class="row">
          <input
            type="checkbox"
            disabled={isLocked('autoConfirm')}
            checked={settings.autoConfirm}
            onChange={(e) => void save({ autoConfirm: (e.target as HTMLInputElement).checked })}
          />
          {i18n.t('options.handoff.autoConfirm')}
          <LockNote locked={isLocked('autoConfirm')} />
        </label>
        <p class="help">{i18n.t('options.handoff.autoConfirmHelp')}</p>
        <label class="row">
          <input
            type="checkbox"
            disabled={isLocked('guidesEnabled')}
            checked={settings.guidesEnabled}
            onChange={(e) => void save({ guidesEnabled: (e.target as HTMLInputElement).checked })}
          />
          {i18n.t('options.handoff.guides')}
          <LockNote locked={isLocked('guidesEnabled')} />
        </label>
      </section>

      <section aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">{i18n.t('options.reminders.heading')}</h2>
        <p class="help">
          {i18n.t('options.reminders.help')} <LockNote locked={isLocked('reminderDays')} />
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
                {i18n.t('options.reminders.days', days, { days: formatNumber(days) })}
              </label>
            ))}
        </div>
      </section>

      <section aria-labelledby="address-heading">
        <h2 id="address-heading">{i18n.t('options.address.heading')}</h2>
        <ManagedOrigins origins={managedOrigins} />
        <p class="help">{i18n.t('options.address.help')}</p>
        <form class="row" onSubmit={addOrigin}>
          <label class="sr-only" for="origin-input">
            {i18n.t('options.address.label')}
          </label>
          <input
            id="origin-input"
            type="text"
            placeholder="vendorauto.example.com"
            value={originInput}
            onInput={(e) => setOriginInput((e.target as HTMLInputElement).value)}
          />
          <button type="submit">{i18n.t('options.address.add')}</button>
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
                    aria-label={i18n.t('options.address.removeLabel', { origin })}
                  >
                    {i18n.t('options.address.remove')}
                  </button>
                </li>
              ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{i18n.t('options.history.heading')}</h2>
        <HistoryExport />
      </section>

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">{i18n.t('options.backup.heading')}</h2>
        <BackupPanel />
      </section>
    </main>
  );
}
