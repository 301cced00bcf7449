import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
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

function statusText(status: string): string {
  switch (status) {
    case 'captured':
      return i18n.t('popup.handoff.status.captured');
    case 'handed-off':
      return i18n.t('popup.handoff.status.handedOff');
    case 'filled':
      return i18n.t('popup.handoff.status.filled');
    case 'failed':
      return i18n.t('popup.handoff.status.failed');
    default:
      return status;
  }
}

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
    <article
      class="handoff"
      aria-label={i18n.t('popup.handoff.label', { app: handoff.appName ?? handoff.clientId })}
    >
      <header>
        <h3>{handoff.appName ?? i18n.t('common.app')}</h3>
        <span class={`status status-${handoff.status}`}>{statusText(handoff.status)}</span>
      </header>
      <dl>
        <dt>Client ID</dt>
        <dd class="mono" data-testid="client-id">
          {handoff.clientId}
        </dd>
        <dt>{i18n.t('popup.handoff.newSecret')}</dt>
        <dd class="mono" data-testid="masked-secret">
          {handoff.maskedSecret ?? i18n.t('popup.handoff.gone')}
        </dd>
      </dl>
      <p class="meta">
        {i18n.t('popup.handoff.timing', {
          ago: ago(handoff.capturedAt, now),
          remaining: remaining(handoff.expiresAt, now),
        })}
      </p>
      {handoff.newDeadlineEstimated && (
        <p class="callout warning">{i18n.t('popup.handoff.unverified')}</p>
      )}
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      {tabs.length > 1 && (
        <label class="tab-choice">
          {i18n.t('popup.handoff.tab')}
          <select
            value={tabId ?? ''}
            onChange={(e) => setChosenTab(Number((e.target as HTMLSelectElement).value))}
          >
            <option value="" disabled>
              {i18n.t('popup.handoff.chooseTab')}
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
          <p role="alert">{i18n.t('popup.handoff.trustIntro')}</p>
          {untrusted.map((origin) => (
            <div class="trust-origin" key={origin}>
              <span class="mono">{origin}</span>
              <button type="button" disabled={busy} onClick={() => void trust(origin)}>
                {i18n.t('popup.handoff.trust', { host: new URL(origin).host })}
              </button>
            </div>
          ))}
        </div>
      )}
      {tabs.length === 0 && (
        <p class="hint">
          {trustedOrigins.length > 0
            ? i18n.t('popup.handoff.willOpen')
            : i18n.t('popup.handoff.openAndTrust')}
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
          {busy ? i18n.t('popup.handoff.filling') : i18n.t('popup.handoff.fill')}
        </button>
        <button type="button" onClick={actions.openVendorAuto}>
          {i18n.t('popup.handoff.openVendorAuto')}
        </button>
        <button type="button" class="quiet" onClick={() => actions.discard(handoff.id)}>
          {i18n.t('common.discard')}
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
