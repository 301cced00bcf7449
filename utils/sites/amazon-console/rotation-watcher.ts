/**
 * Watches a user rotate a secret in the console and captures the NEW secret only.
 *
 * Amazon's flow is two clicks on the same label: "Rotate secret" opens a warning dialog, and
 * "Rotate secret" in that dialog confirms (research/amazon-developer-console.md). Matching the
 * confirm to its opener's label works in every UI language; rotate words are a fallback.
 * Every secret seen before the confirm is remembered and never captured, so the old secret
 * can't be taken for the new one; Cancel in the warning captures nothing.
 */

import { i18n } from '#i18n';
import { composedParent, deepElements, deepText } from '../../content/dom/deep';
import { parseDeadline } from '../../core/deadline';
import { fingerprint } from '../../core/lwa';
import { appAt, type ConsoleApp, type ReadOptions } from './apps';
import { clientIdsIn, findSecretSightings, nearestClientId } from './secrets';
import {
  clickedControl,
  enclosingDialog,
  errorNotices,
  errorNoticesAround,
  isControl,
  labelOf,
  openDialogs,
} from './structure';
import { CANCEL_WORDS, ROTATE_WORDS } from './vocabulary';

export type AppRef = { name: string; appId: string | null };

export type WatcherEvent =
  | { kind: 'client-id-viewed'; clientId: string; app: AppRef | null }
  | { kind: 'rotation-confirmed'; clientId: string; app: AppRef | null }
  | { kind: 'rotation-cancelled'; clientId: string }
  | { kind: 'awaiting-reveal'; clientId: string }
  | {
      kind: 'captured';
      clientId: string;
      secret: string;
      app: AppRef | null;
      newDeadline: string | null;
    }
  | { kind: 'capture-problem'; clientId: string | null; reason: string };

type State =
  | { name: 'idle' }
  | {
      name: 'opened';
      label: string;
      opener: Element;
      clientId: string;
      dialogsBefore: Set<Element>;
      /** Controls on the page at the opener's click: an inline warning's confirm is not among them. */
      controlsBefore: WeakSet<Element>;
    }
  | {
      name: 'confirmed';
      clientId: string;
      since: number;
      revealHintSent: boolean;
      /** Error notices already on the page at the confirm: only a new one means the rotation failed. */
      errorsBefore: Set<Element>;
      /**
       * Where the new secret will show: the credentials panel the rotation started in. Looking
       * there, not through a 1,000-app page, keeps each poll cheap; a panel that was re-created
       * sends the look back to the whole page.
       */
      panel: Element | null;
      polls: number;
      /** Looks into the panel as soon as the page changes it, so the capture needn't wait for a poll. */
      observer: MutationObserver | null;
    };

export type WatcherOptions = ReadOptions & {
  onEvent: (event: WatcherEvent) => void;
  /** How long to look for the new secret after a confirm (the user may have to click Show). */
  captureWindowMs?: number;
  pollMs?: number;
  now?: () => number;
  /** Which clicks count: a person's only (`isTrusted`); a page script's clicks never lead to a capture. */
  acceptEvent?: (event: Event) => boolean;
};

const ACTIVITY_WINDOW_MS = 10_000;
const REVEAL_HINT_AFTER_MS = 2_500;
const PANEL_LOOK_GAP_MS = 50;

export function watchRotation(doc: Document, options: WatcherOptions): () => void {
  const {
    onEvent,
    captureWindowMs = 180_000,
    pollMs = 300,
    now = Date.now,
    acceptEvent = (event: Event) => event.isTrusted,
  } = options;
  // Fingerprints, not values: the script keeps no secret, old or new, once it has reported.
  const seen = new Set<string>();
  const wasSeen = (value: string) => seen.has(fingerprint(value));
  const markSeen = (value: string) => seen.add(fingerprint(value));
  let state: State = { name: 'idle' };
  let lastApp: ConsoleApp | null = null;
  let lastViewedClientId: string | null = null;
  let pollUntil = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const appRef = (clientId: string): AppRef | null => {
    if (!lastApp) return null;
    if (lastApp.clientId && lastApp.clientId !== clientId) return null;
    return { name: lastApp.name, appId: lastApp.appId };
  };

  const rememberVisibleSecrets = () => {
    for (const sighting of findSecretSightings(doc)) markSeen(sighting.value);
  };

  const reportViewedClientId = () => {
    for (const dialog of openDialogs(doc)) {
      const ids = clientIdsIn(dialog);
      const clientId = ids.length === 1 ? ids[0] : null;
      if (clientId && clientId !== lastViewedClientId) {
        lastViewedClientId = clientId;
        onEvent({ kind: 'client-id-viewed', clientId, app: appRef(clientId) });
      }
    }
  };

  const leaveConfirmed = () => {
    if (state.name === 'confirmed') state.observer?.disconnect();
  };

  const lookForNewSecret = (
    current: Extract<State, { name: 'confirmed' }>,
    { panelOnly = false } = {},
  ) => {
    // Every fourth poll looks at the whole page too: the new secret may show in a new dialog.
    if (!panelOnly) current.polls++;
    const panel =
      current.panel?.isConnected && (panelOnly || current.polls % 4 !== 0) ? current.panel : null;
    // A failed request leaves the old secret in place: whatever is revealed next is not new.
    const notices = panel ? errorNoticesAround(panel, doc) : errorNotices(doc);
    if (notices.some((notice) => !current.errorsBefore.has(notice))) {
      rememberVisibleSecrets();
      leaveConfirmed();
      state = { name: 'idle' };
      onEvent({
        kind: 'capture-problem',
        clientId: current.clientId,
        reason: i18n.t('console.problem.rotationFailed'),
      });
      return;
    }
    const fresh = findSecretSightings(panel ?? doc).filter((s) => !wasSeen(s.value));
    const mine = fresh.filter((s) => {
      const near = nearestClientId(s.element);
      return !near.ambiguous && (near.clientId === null || near.clientId === current.clientId);
    });
    const values = [...new Set(mine.map((s) => s.value))];
    if (values.length > 1) {
      for (const value of values) markSeen(value);
      leaveConfirmed();
      state = { name: 'idle' };
      onEvent({
        kind: 'capture-problem',
        clientId: current.clientId,
        reason: i18n.t('console.problem.twoSecrets'),
      });
      return;
    }
    const [secret] = values;
    const sighting = mine[0];
    if (secret && sighting) {
      markSeen(secret);
      leaveConfirmed();
      state = { name: 'idle' };
      onEvent({
        kind: 'captured',
        clientId: current.clientId,
        secret,
        app: appRef(current.clientId),
        newDeadline: newDeadlineNear(sighting.element, options),
      });
      return;
    }
    if (!current.revealHintSent && now() - current.since > REVEAL_HINT_AFTER_MS) {
      current.revealHintSent = true;
      onEvent({ kind: 'awaiting-reveal', clientId: current.clientId });
    }
    if (now() - current.since > captureWindowMs) {
      leaveConfirmed();
      state = { name: 'idle' };
      onEvent({
        kind: 'capture-problem',
        clientId: current.clientId,
        reason: i18n.t('console.problem.notShown'),
      });
    }
  };

  /**
   * The poll alone made the capture wait up to a poll's interval and, every fourth poll, a look
   * through a 1,000-app page. A change inside the credentials panel is where the new secret
   * lands: looking there at once is cheap. The poll stays, for secrets that show elsewhere (a new
   * dialog, a shadow root the observer can't see into, an input's value set without a mutation).
   */
  const observePanel = (current: Extract<State, { name: 'confirmed' }>) => {
    const panel = current.panel;
    if (!panel || typeof MutationObserver === 'undefined') return null;
    // A panel that animates (a spinner restyled every frame) must not cost a look per frame.
    let lastLook = Number.NEGATIVE_INFINITY;
    let trailing: ReturnType<typeof setTimeout> | null = null;
    const look = () => {
      trailing = null;
      if (state !== current || !panel.isConnected) return observer.disconnect();
      lastLook = now();
      lookForNewSecret(current, { panelOnly: true });
    };
    const observer = new MutationObserver(() => {
      if (trailing) return;
      const wait = lastLook + PANEL_LOOK_GAP_MS - now();
      if (wait <= 0) look();
      else trailing = setTimeout(look, wait);
    });
    observer.observe(panel, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    return observer;
  };

  const tick = () => {
    timer = null;
    if (state.name === 'confirmed') lookForNewSecret(state);
    else {
      rememberVisibleSecrets();
      reportViewedClientId();
    }
    // Quick while a new secret is awaited; slower while only watching what the user reveals.
    if (state.name === 'confirmed') timer = setTimeout(tick, pollMs);
    else if (now() < pollUntil) timer = setTimeout(tick, pollMs * 2);
  };

  const keepPolling = (forMs: number) => {
    pollUntil = Math.max(pollUntil, now() + forMs);
    if (!timer) timer = setTimeout(tick, pollMs);
  };

  const onClick = (event: Event) => {
    if (!acceptEvent(event)) return;
    const control = clickedControl(event);
    if (!control) return;
    keepPolling(ACTIVITY_WINDOW_MS);
    const label = labelOf(control);
    const dialog = enclosingDialog(control);
    const cancelling = CANCEL_WORDS.test(label);

    if (state.name === 'confirmed') {
      // Closing before the new secret showed: stop, so a later Show can't pass the old one off.
      if (cancelling) {
        onEvent({
          kind: 'capture-problem',
          clientId: state.clientId,
          reason: i18n.t('console.problem.closedTooSoon'),
        });
        leaveConfirmed();
        state = { name: 'idle' };
      }
      return;
    }
    // Runs in the capture phase, before the page reacts: what is visible now is the old state.
    rememberVisibleSecrets();
    const app = dialog ? null : appAt(control, options);
    if (app) lastApp = app;

    if (state.name === 'opened' && isNextStep(state, control, dialog)) {
      if (cancelling) {
        onEvent({ kind: 'rotation-cancelled', clientId: state.clientId });
        state = { name: 'idle' };
        return;
      }
      if (confirms(label, state.label)) {
        const confirmed: Extract<State, { name: 'confirmed' }> = {
          name: 'confirmed',
          clientId: state.clientId,
          since: now(),
          revealHintSent: false,
          errorsBefore: new Set(errorNotices(doc)),
          panel: credentialsPanelOf(state.opener, state.clientId),
          polls: 0,
          observer: null,
        };
        state = confirmed;
        confirmed.observer = observePanel(confirmed);
        onEvent({
          kind: 'rotation-confirmed',
          clientId: state.clientId,
          app: appRef(state.clientId),
        });
        return;
      }
    }
    const near = cancelling ? null : nearestClientId(control);
    state = near?.clientId
      ? {
          name: 'opened',
          label,
          opener: control,
          clientId: near.clientId,
          dialogsBefore: new Set(openDialogs(doc)),
          controlsBefore: new WeakSet(allControls(doc)),
        }
      : { name: 'idle' };
  };

  doc.addEventListener('click', onClick, true);
  keepPolling(ACTIVITY_WINDOW_MS);
  return () => {
    doc.removeEventListener('click', onClick, true);
    if (timer) clearTimeout(timer);
    leaveConfirmed();
  };
}

/**
 * The credentials panel around the Rotate button: its dialog, or the smallest ancestor that
 * shows this one Client ID and nothing of another app. Null when it cannot be told.
 */
function credentialsPanelOf(opener: Element, clientId: string): Element | null {
  const dialog = enclosingDialog(opener);
  if (dialog) return dialog;
  for (let current = composedParent(opener); current; current = composedParent(current)) {
    const ids = clientIdsIn(current);
    if (ids.length > 1 || ids.some((id) => id !== clientId)) return null;
    if (ids.length === 1) return current;
  }
  return null;
}

/**
 * The warning is a step after its opener: a new dialog, or the opener's dialog with its content
 * replaced; or, where the warning is inline, a control that appeared since, beside the same app.
 */
function isNextStep(
  opened: Extract<State, { name: 'opened' }>,
  control: Element,
  dialog: Element | null,
): boolean {
  if (dialog) return !opened.dialogsBefore.has(dialog) || !opened.opener.isConnected;
  if (control === opened.opener || opened.controlsBefore.has(control)) return false;
  const near = nearestClientId(control);
  return !near.ambiguous && (near.clientId === null || near.clientId === opened.clientId);
}

function allControls(doc: Document): Element[] {
  return [...deepElements(doc)].filter(isControl);
}

/** Amazon repeats the opener's label on the confirm; rotate words back that up in any language. */
function confirms(label: string, openerLabel: string): boolean {
  return label === openerLabel || (ROTATE_WORDS.test(label) && ROTATE_WORDS.test(openerLabel));
}

/** After a rotation the view shows the new target date, about 180 days out. */
function newDeadlineNear(element: Element, options: ReadOptions): string | null {
  let current: Element | null = element;
  for (let depth = 0; current && depth < 8; depth++, current = composedParent(current)) {
    const reading = parseDeadline(deepText(current), options);
    if (
      reading?.date &&
      reading.daysLeft !== undefined &&
      reading.daysLeft >= 170 &&
      reading.daysLeft <= 190
    ) {
      return reading.date;
    }
  }
  return null;
}
