import { useState } from 'preact/hooks';
import { ago, remaining } from '../utils/popup/format';
import type { WaitingHandoff } from '../utils/popup/state';
import type { VendorAutoTab } from '../utils/popup/tabs';

export type HandoffActions = {
  fill: (rotationId: string, tabId: number) => Promise<string | null>;
  openVendorAuto: () => void;
  discard: (rotationId: string) => void;
};

type Props = {
  handoff: WaitingHandoff;
  tabs: VendorAutoTab[];
  actions: HandoffActions;
  now: number;
};

const STATUS_TEXT: Record<string, string> = {
  captured: 'Ready for VendorAuto',
  'handed-off': 'Filling in VendorAuto…',
  filled: 'Filled — confirm it in VendorAuto',
  failed: 'Not filled yet',
};

/** One captured secret waiting for VendorAuto: what it is, how long it stays, and the hand-off. */
export function HandoffCard({ handoff, tabs, actions, now }: Props) {
  const [chosenTab, setChosenTab] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tabId =
    chosenTab ??
    (tabs.length === 1 ? (tabs[0]?.id ?? null) : (tabs.find((t) => t.active)?.id ?? null));
  const problem = error ?? handoff.problem;

  const fill = async () => {
    if (tabId === null) return;
    setBusy(true);
    setError(await actions.fill(handoff.id, tabId));
    setBusy(false);
  };

  return (
    <article class="handoff" aria-label={`Hand-off for ${handoff.appName ?? handoff.clientId}`}>
      <header>
        <h3>{handoff.appName ?? 'App'}</h3>
        <span class={`status status-${handoff.status}`}>
          {STATUS_TEXT[handoff.status] ?? handoff.status}
        </span>
      </header>
      <dl>
        <dt>Client ID</dt>
        <dd class="mono" data-testid="client-id">
          {handoff.clientId}
        </dd>
        <dt>New secret</dt>
        <dd class="mono" data-testid="masked-secret">
          {handoff.maskedSecret ?? 'gone'}
        </dd>
      </dl>
      <p class="meta">
        Captured {ago(handoff.capturedAt, now)} · wiped in {remaining(handoff.expiresAt, now)}
      </p>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      {tabs.length > 1 && (
        <label class="tab-choice">
          VendorAuto tab
          <select
            value={tabId ?? ''}
            onChange={(e) => setChosenTab(Number((e.target as HTMLSelectElement).value))}
          >
            <option value="" disabled>
              Choose a tab…
            </option>
            {tabs.map((tab) => (
              <option key={tab.id} value={tab.id}>
                {tab.title}
              </option>
            ))}
          </select>
        </label>
      )}
      {tabs.length === 0 && <p class="hint">Open VendorAuto’s Instances page, then fill.</p>}
      <div class="buttons">
        <button type="button" class="primary" disabled={tabId === null || busy} onClick={fill}>
          {busy ? 'Filling…' : 'Fill in VendorAuto'}
        </button>
        <button type="button" onClick={actions.openVendorAuto}>
          Open VendorAuto
        </button>
        <button type="button" class="quiet" onClick={() => actions.discard(handoff.id)}>
          Discard
        </button>
      </div>
    </article>
  );
}
