import { i18n } from '#i18n';
import { consoleLabel, daysLeftLabel } from '../utils/popup/format';
import type { ListedApp } from '../utils/popup/state';

type Props = {
  apps: ListedApp[];
  waitingClientIds: Set<string>;
  openConsole: (origin: string) => void;
};

function urgency(app: ListedApp): 'done' | 'expired' | 'urgent' | 'soon' | 'ok' {
  if (app.rotatedAt && !app.alert) return 'done';
  if (app.daysLeft !== null && app.daysLeft <= 0) return 'expired';
  if (app.daysLeft !== null && app.daysLeft <= 7) return 'urgent';
  if (app.alert || (app.daysLeft !== null && app.daysLeft <= 30)) return 'soon';
  return 'ok';
}

/** The apps the consoles showed, most urgent first. */
export function AppList({ apps, waitingClientIds, openConsole }: Props) {
  if (apps.length === 0) {
    return <p class="empty">{i18n.t('popup.apps.empty')}</p>;
  }
  return (
    <ul class="apps">
      {apps.map((app) => {
        const level = urgency(app);
        const waiting = app.clientId !== null && waitingClientIds.has(app.clientId);
        return (
          <li key={`${app.consoleOrigin}|${app.appId ?? app.name}`} class={`app ${level}`}>
            <div class="app-main">
              <span class="app-name">{app.name}</span>
              <span class="app-console">{consoleLabel(app.consoleOrigin)}</span>
            </div>
            <span class={`days ${waiting ? 'waiting' : level}`}>
              {waiting
                ? i18n.t('popup.apps.captured')
                : level === 'done'
                  ? i18n.t('popup.apps.rotated', { days: daysLeftLabel(app.daysLeft) })
                  : daysLeftLabel(app.daysLeft)}
            </span>
            {!waiting && level !== 'done' && level !== 'ok' && (
              <button
                type="button"
                class="link"
                onClick={() => openConsole(app.consoleOrigin)}
                aria-label={i18n.t('popup.apps.openConsole', { app: app.name })}
              >
                {i18n.t('popup.apps.rotate')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
