/**
 * Turning what the console page shows into reports for the background: the apps table, read
 * again whenever the single-page app re-renders (debounced, idle otherwise), and the rotation
 * watcher's events as messages. The secret leaves the page in exactly one message, and no copy
 * is kept here.
 */

import { changeSignal } from '../../content/dom/change-signal';
import { scrubSecrets } from '../../core/lwa';
import type { ConsoleMessage } from '../../core/messages';
import { type ConsolePage, type ReadOptions, readConsolePage } from './apps';
import type { CapturePhase } from './guide';
import type { WatcherEvent } from './rotation-watcher';

/** How long a page may take to render its apps table before its layout counts as unrecognised. */
const LAYOUT_GRACE_MS = 8000;
const REREAD_DEBOUNCE_MS = 400;
/**
 * Once the apps have been reported (or the layout given up on), a page that keeps changing is
 * re-read at most this often: each read walks the whole page, and an app list does not change
 * faster than a person could act on it. The first full report is never held back by this
 * (an earlier back-off that did delayed it past the credentials view on Vendor Central).
 */
const BUSY_REREAD_MS = 1500;
/**
 * A page that keeps changing without changing what is read from it (a ticker, an animation, a
 * feed) is read less and less often, down to this; the user's next click or key brings the
 * pace back at once, since that is how a console moves to another view.
 */
const QUIET_REREAD_MAX_MS = 12_000;
const USER_ACTIONS = ['click', 'keydown'] as const;

/** Reads the page now and after each change, and calls `onPage` with each new reading. */
export function watchConsolePage(
  options: () => ReadOptions,
  onPage: (page: ConsolePage) => void,
  signal: AbortSignal,
): void {
  const startedAt = Date.now();
  let last = '';
  let lastReadAt = 0;
  let reported = false;
  let busyGap = BUSY_REREAD_MS;
  const read = () => {
    if (signal.aborted) return;
    lastReadAt = Date.now();
    const page = withoutSecrets(readConsolePage(document, options()));
    if (page.layout === 'unrecognised' && Date.now() - startedAt < LAYOUT_GRACE_MS) return;
    reported = true;
    const serialized = JSON.stringify(page);
    if (serialized === last) {
      busyGap = Math.min(busyGap * 2, QUIET_REREAD_MAX_MS);
      return;
    }
    busyGap = BUSY_REREAD_MS;
    last = serialized;
    onPage(page);
  };
  let pending: ReturnType<typeof setTimeout> | null = null;
  // Light-DOM changes only: a page that does nothing costs nothing. Re-armed when a read runs.
  const changes = changeSignal(() => schedule());
  const listen = () =>
    changes.listen(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['visible', 'disabled', 'aria-hidden', 'open'],
    });
  const schedule = () => {
    if (pending) return;
    const wait = reported
      ? Math.max(REREAD_DEBOUNCE_MS, lastReadAt + busyGap - Date.now())
      : REREAD_DEBOUNCE_MS;
    pending = setTimeout(() => {
      pending = null;
      // Listening again before reading: a change made from here on schedules the next read.
      listen();
      read();
    }, wait);
  };
  listen();
  const onUserAction = (event: Event) => {
    if (!event.isTrusted || busyGap === BUSY_REREAD_MS) return;
    busyGap = BUSY_REREAD_MS;
    if (!pending) return;
    clearTimeout(pending);
    pending = null;
    schedule();
  };
  for (const type of USER_ACTIONS)
    document.addEventListener(type, onUserAction, { capture: true, passive: true });
  const grace = setTimeout(read, LAYOUT_GRACE_MS + 100);
  signal.addEventListener(
    'abort',
    () => {
      for (const type of USER_ACTIONS) document.removeEventListener(type, onUserAction, true);
      changes.disconnect();
      clearTimeout(grace);
      if (pending) clearTimeout(pending);
    },
    { once: true },
  );
  schedule();
}

/** App names are scrubbed where they are read; the banner is free page text too. */
function withoutSecrets(page: ConsolePage): ConsolePage {
  return page.banner
    ? { ...page, banner: { ...page.banner, text: scrubSecrets(page.banner.text) } }
    : page;
}

export function nextPhase(phase: CapturePhase, event: WatcherEvent): CapturePhase {
  switch (event.kind) {
    case 'rotation-confirmed':
      return 'confirmed';
    case 'awaiting-reveal':
      return 'awaiting-reveal';
    case 'captured':
      return 'captured';
    case 'rotation-cancelled':
    case 'capture-problem':
      return 'idle';
    default:
      return phase;
  }
}

export function toConsoleMessage(event: WatcherEvent): ConsoleMessage {
  switch (event.kind) {
    case 'client-id-viewed':
      return { type: 'console/client-id-viewed', clientId: event.clientId, app: event.app };
    case 'rotation-confirmed':
      return { type: 'console/rotation-confirmed', clientId: event.clientId, app: event.app };
    case 'rotation-cancelled':
      return { type: 'console/rotation-cancelled', clientId: event.clientId };
    case 'awaiting-reveal':
      return { type: 'console/awaiting-reveal', clientId: event.clientId };
    case 'captured':
      return {
        type: 'console/captured',
        clientId: event.clientId,
        secret: event.secret,
        app: event.app,
        newDeadline: event.newDeadline,
      };
    case 'capture-problem':
      return { type: 'console/problem', clientId: event.clientId, reason: event.reason };
  }
}
