import { useEffect, useRef, useState } from 'preact/hooks';
import { ago, remaining } from '../utils/popup/format';
import type { WaitingHandoff } from '../utils/popup/state';
import type { VendorAutoTab } from '../utils/popup/tabs';

export type HandoffActions = {
  /** In the chosen tab; with no VendorAuto tab open (null), the extension opens the user's VendorAuto. */
  fill: (rotationId: string, tabId: number | null) => Promise<string | null>;
  /** The user confirms that this origin is their VendorAuto app; answers a problem or null. */
  trust: (origin: string) => Promise<string | null>;
  openVendorAuto: () => void;
  discard: (rotationId: string) => void;
};

type Props = {
  handoff: WaitingHandoff;
  tabs: VendorAutoTab[];
  /** Origins the user confirmed as their VendorAuto app: only these can receive the secret. */
  trustedOrigins: readonly string[];
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
export function HandoffCard({ handoff, tabs, trustedOrigins, actions, now }: Props) {
  const [chosenTab, setChosenTab] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tabId = chosenTab ?? preselectedTab(tabs);
  const chosen = tabs.find((tab) => tab.id === tabId) ?? null;
  const trusted = chosen !== null && trustedOrigins.includes(chosen.origin);
  const untrusted = [...new Set(tabs.map((tab) => tab.origin))].filter(
    (origin) => !trustedOrigins.includes(origin),
  );
  const problem = error ?? handoff.problem;

  const fillButton = useRef<HTMLButtonElement>(null);
  const [justTrusted, setJustTrusted] = useState(false);
  const trust = async (origin: string) => {
    setBusy(true);
    const problem = await actions.trust(origin);
    setError(problem);
    setJustTrusted(problem === null);
    setBusy(false);
  };

  const canFill = tabs.length === 0 ? trustedOrigins.length > 0 : trusted;
  // The Trust button goes away once used: keyboard focus moves on to what comes next, not to the page.
  useEffect(() => {
    if (justTrusted && canFill) {
      fillButton.current?.focus();
      setJustTrusted(false);
    }
  }, [justTrusted, canFill]);
  const fill = async () => {
    if (!canFill) return;
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
      {handoff.newDeadlineEstimated && (
        <p class="callout warning">
          Unverified: Amazon showed no new rotation date next to this secret, so the extension could
          not confirm it is the new one. Check the app in Amazon’s console before you save it in
          VendorAuto.
        </p>
      )}
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
                {new URL(tab.origin).host} — {tab.title}
              </option>
            ))}
          </select>
        </label>
      )}
      {untrusted.length > 0 && (
        <div class="trust">
          <p role="alert">
            The secret only goes to an address you trust as your VendorAuto app. Trust an address
            only if you log in to VendorAuto there:
          </p>
          {untrusted.map((origin) => (
            <div class="trust-origin" key={origin}>
              <span class="mono">{origin}</span>
              <button type="button" disabled={busy} onClick={() => void trust(origin)}>
                Trust {new URL(origin).host}
              </button>
            </div>
          ))}
        </div>
      )}
      {tabs.length === 0 && (
        <p class="hint">
          {trustedOrigins.length > 0
            ? 'The extension opens your VendorAuto and fills the new secret there for you to confirm.'
            : 'Open VendorAuto and log in; then trust its address here to fill.'}
        </p>
      )}
      <div class="buttons">
        <button
          ref={fillButton}
          type="button"
          class={canFill ? 'primary' : ''}
          disabled={!canFill || busy}
          onClick={fill}
        >
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

/** One tab, or several on one origin with the active one among them; never a guess across origins. */
function preselectedTab(tabs: VendorAutoTab[]): number | null {
  if (tabs.length === 1) return tabs[0]?.id ?? null;
  const origins = new Set(tabs.map((tab) => tab.origin));
  return origins.size === 1 ? (tabs.find((tab) => tab.active)?.id ?? null) : null;
}
