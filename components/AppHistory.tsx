import { i18n } from '#i18n';
import { type HistoryEntry, historyByApp } from '../utils/core/history';
import { formatDateTime, formatNumber } from '../utils/core/ui-language';
import { consoleLabel } from '../utils/popup/format';

function outcomeLabel(entry: HistoryEntry): string {
  switch (entry.outcome) {
    case 'confirmed':
      return entry.evidence === 'closed'
        ? i18n.t('popup.appHistory.confirmedClosed')
        : i18n.t('popup.appHistory.confirmed');
    case 'expired':
      return i18n.t('popup.appHistory.expired');
    case 'discarded':
      return i18n.t('common.discarded');
    case 'failed':
      return i18n.t('popup.appHistory.failed');
  }
}

/** Each app's past rotations, folded under its name: date, console, VendorAuto, outcome. */
export function AppHistory({ history }: { history: readonly HistoryEntry[] }) {
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="app-history-heading">
      <h2 id="app-history-heading">{i18n.t('popup.appHistory.heading')}</h2>
      {[...historyByApp(history).values()].map((entries) => {
        const [latest] = entries as [HistoryEntry, ...HistoryEntry[]];
        return (
          <details key={latest.clientId} class="app-history">
            <summary>
              {latest.appName ?? latest.clientId}{' '}
              <span class="count">
                {i18n.t('popup.appHistory.rotations', entries.length, {
                  count: formatNumber(entries.length),
                })}
              </span>
            </summary>
            <ul>
              {entries.map((entry) => (
                <li key={`${entry.rotationId}-${entry.outcome}-${entry.date}`}>
                  <time dateTime={new Date(entry.date).toISOString()}>
                    {formatDateTime(entry.date)}
                  </time>{' '}
                  · {outcomeLabel(entry)}
                  <span class="meta">
                    {consoleLabel(entry.consoleOrigin)}
                    {entry.vendorAutoOrigin ? ` → ${new URL(entry.vendorAutoOrigin).host}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
