import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONSOLE_MATCHES, isConsoleUrl } from '../utils/hosts';
import type { ConsoleMessage } from '../utils/messages';
import {
  type ConsolePage,
  readConsolePage,
  type WatcherEvent,
  watchRotation,
} from '../utils/sites/amazon-console';

/** How long a page may take to render its apps table before we call its layout unrecognised. */
const LAYOUT_GRACE_MS = 8000;
const REREAD_DEBOUNCE_MS = 400;

export default defineContentScript({
  matches: CONSOLE_MATCHES,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window.top !== window || !isConsoleUrl(location.href)) return;
    const readOptions = () => ({
      today: new Date(),
      locale: document.documentElement.lang || navigator.language,
    });
    const send = (message: ConsoleMessage) =>
      browser.runtime.sendMessage(message).catch(() => undefined);

    let lastReport = '';
    const startedAt = Date.now();
    const report = () => {
      const page: ConsolePage = readConsolePage(document, readOptions());
      if (page.layout === 'unrecognised' && Date.now() - startedAt < LAYOUT_GRACE_MS) return;
      const message: ConsoleMessage = { type: 'console/page', ...page };
      const serialized = JSON.stringify(message);
      if (serialized !== lastReport) {
        lastReport = serialized;
        void send(message);
      }
    };

    // Re-read only when the light DOM changes (the SPA re-renders), debounced: idle otherwise.
    let pending: number | null = null;
    const scheduleRead = () => {
      if (pending) return;
      pending = ctx.setTimeout(() => {
        pending = null;
        report();
      }, REREAD_DEBOUNCE_MS);
    };
    const observer = new MutationObserver(scheduleRead);
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['visible', 'disabled', 'aria-hidden', 'open'],
    });
    ctx.onInvalidated(() => observer.disconnect());
    scheduleRead();
    ctx.setTimeout(report, LAYOUT_GRACE_MS + 100);

    const stopWatching = watchRotation(document, {
      ...readOptions(),
      onEvent: (event) => void send(toMessage(event)),
    });
    ctx.onInvalidated(stopWatching);
  },
});

/** The secret leaves this script in exactly one message, and no copy is kept here. */
function toMessage(event: WatcherEvent): ConsoleMessage {
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
