import { i18n } from '#i18n';
import type { Rotation } from '../utils/core/rotation';
import { formatIsoDate } from '../utils/core/ui-language';
import { ago } from '../utils/popup/format';

function outcomeText(rotation: Rotation): string {
  switch (rotation.status) {
    case 'confirmed':
      return rotation.savedEvidence === 'closed'
        ? i18n.t('popup.recent.confirmedClosed')
        : i18n.t('popup.recent.confirmed');
    case 'expired':
      return i18n.t('popup.recent.expired');
    case 'discarded':
      return i18n.t('common.discarded');
    default:
      return rotation.status;
  }
}

/** The last finished rotations: done, expired or discarded. No secrets here. */
export function HistoryList({ rotations }: { rotations: Rotation[] }) {
  if (rotations.length === 0) return null;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{i18n.t('popup.recent.heading')}</h2>
      <ul class="history">
        {rotations.map((r) => (
          <li key={r.id} class={`history-item ${r.status}`}>
            <strong>{r.appName ?? r.clientId}</strong>
            <span>{outcomeText(r)}</span>
            {r.status === 'confirmed' && (
              <span class="meta">
                {i18n.t('popup.recent.dates', {
                  next: formatIsoDate(r.newDeadline),
                  oldStops: formatIsoDate(r.oldSecretStopsOn),
                  ago: ago(r.updatedAt),
                })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
