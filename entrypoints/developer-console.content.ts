import browser, { type Runtime } from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createOverlay } from '../utils/content/overlay';
import { CONSOLE_MATCHES, isConsoleUrl } from '../utils/core/hosts';
import { type ConsoleMessage, consoleRequestSchema } from '../utils/core/messages';
import { isExtensionSender } from '../utils/core/senders';
import {
  type ConsolePage,
  currentView,
  readConsolePage,
  type WatcherEvent,
  watchRotation,
} from '../utils/sites/amazon-console';
import { type CapturePhase, createConsoleGuide } from '../utils/sites/amazon-console/guide';

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

    let phase: CapturePhase = 'idle';
    const overlay = createOverlay(() => guide.hide());
    const guide = createConsoleGuide(overlay, { phase: () => phase, options: readOptions });
    let guideOffered = false;
    ctx.onInvalidated(() => {
      guide.hide();
      overlay.destroy();
    });

    let lastReport = '';
    const startedAt = Date.now();
    const report = () => {
      const page: ConsolePage = readConsolePage(document, readOptions());
      if (page.layout === 'unrecognised' && Date.now() - startedAt < LAYOUT_GRACE_MS) return;
      // Offer the guide once, where there is something to do: an app due, or a gray "Add new app client".
      if (
        !guideOffered &&
        (page.apps.some((app) => app.alert) || page.addAppClient === 'disabled')
      ) {
        guideOffered = true;
        guide.show();
      }
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
      onEvent: (event) => {
        phase = nextPhase(phase, event);
        if (event.kind === 'captured') guide.show();
        void send(toMessage(event));
      },
    });
    ctx.onInvalidated(stopWatching);

    const listener = (message: unknown, sender: Runtime.MessageSender) => {
      if (!isExtensionSender(sender)) return undefined;
      const request = consoleRequestSchema.safeParse(message);
      if (!request.success) return undefined;
      switch (request.data.type) {
        case 'guide/show':
          guide.show();
          return Promise.resolve(true);
        case 'console/page-client-id': {
          const view = currentView(document);
          return Promise.resolve({ clientId: view.kind === 'credentials' ? view.clientId : null });
        }
        case 'console/selection-captured':
          if (request.data.ok) {
            phase = 'captured';
            guide.show();
          } else {
            guide.hide();
            overlay.card({ tone: 'error', title: 'Not captured', body: request.data.message });
          }
          return Promise.resolve(true);
      }
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});

function nextPhase(phase: CapturePhase, event: WatcherEvent): CapturePhase {
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
