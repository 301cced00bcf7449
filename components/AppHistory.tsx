import { type HistoryEntry, historyByApp } from '../utils/core/history';
import { consoleLabel } from '../utils/popup/format';

const OUTCOME: Record<HistoryEntry['outcome'], string> = {
  confirmed: 'Saved in VendorAuto',
  expired: 'Wiped unused',
  discarded: 'Discarded',
  failed: 'VendorAuto did not take it',
};

function outcomeLabel(entry: HistoryEntry): string {
  if (entry.outcome === 'confirmed' && entry.evidence === 'closed')
    return 'Confirmed (VendorAuto’s form closed without a message)';
  return OUTCOME[entry.outcome];
}

/** Each app's past rotations, folded under its name: date, console, VendorAuto, outcome. */
export function AppHistory({ history }: { history: readonly HistoryEntry[] }) {
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="app-history-heading">
      <h2 id="app-history-heading">History</h2>
      {[...historyByApp(history).values()].map((entries) => {
        const [latest] = entries as [HistoryEntry, ...HistoryEntry[]];
        return (
          <details key={latest.clientId} class="app-history">
            <summary>
              {latest.appName ?? latest.clientId}{' '}
              <span class="count">
                {entries.length} rotation{entries.length === 1 ? '' : 's'}
              </span>
            </summary>
            <ul>
              {entries.map((entry) => (
                <li key={`${entry.rotationId}-${entry.outcome}-${entry.date}`}>
                  <time dateTime={new Date(entry.date).toISOString()}>
                    {new Date(entry.date).toLocaleString()}
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
