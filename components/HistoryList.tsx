import type { Rotation } from '../utils/core/rotation';
import { ago } from '../utils/popup/format';

const OUTCOME: Record<string, string> = {
  confirmed: 'Done — VendorAuto says it saved the new secret',
  expired: 'Expired — the secret was wiped before it was filled',
  discarded: 'Discarded',
};

/** The last finished rotations: done, expired or discarded. No secrets here. */
export function HistoryList({ rotations }: { rotations: Rotation[] }) {
  if (rotations.length === 0) return null;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Recent</h2>
      <ul class="history">
        {rotations.map((r) => (
          <li key={r.id} class={`history-item ${r.status}`}>
            <strong>{r.appName ?? r.clientId}</strong>
            <span>
              {r.status === 'confirmed' && r.savedEvidence === 'closed'
                ? 'Confirmed in VendorAuto — its form closed without a message; check the instance shows the new secret'
                : (OUTCOME[r.status] ?? r.status)}
            </span>
            {r.status === 'confirmed' && (
              <span class="meta">
                Next rotation by {r.newDeadline} · the old secret stops working {r.oldSecretStopsOn}{' '}
                · {ago(r.updatedAt)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
