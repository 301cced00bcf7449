/** Amazon's Developer Console: wiring only. The page model, watcher and guide live in utils/sites/amazon-console/. */

import { defineContentScript } from 'wxt/utils/define-content-script';
import { i18n } from '#i18n';
import { contentLifetime, onEnd } from '../utils/content/lifetime';
import { askBackground, onExtensionMessage, tellBackground } from '../utils/content/messaging';
import { answerOutlineRequests } from '../utils/content/outline/request';
import { createOverlay } from '../utils/content/overlay';
import { watchContentSettings, watchLocal } from '../utils/content/stored';
import { consoleRequestIn } from '../utils/core/content-guards';
import { CONSOLE_MATCHES, isConsoleUrl } from '../utils/core/hosts';
import type { CommandResult, ConsoleMessage } from '../utils/core/messages';
import { isLive, type Rotation } from '../utils/core/rotation';
import { closeFinishedPanel, currentView, watchRotation } from '../utils/sites/amazon-console';
import { type CapturePhase, createConsoleGuide } from '../utils/sites/amazon-console/guide';
import {
  nextPhase,
  toConsoleMessage,
  watchConsolePage,
} from '../utils/sites/amazon-console/reporter';

export default defineContentScript({
  matches: CONSOLE_MATCHES,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window.top !== window || !isConsoleUrl(location.href)) return;
    const signal = contentLifetime(ctx);
    const readOptions = () => ({
      today: new Date(),
      locale: document.documentElement.lang || navigator.language,
    });

    let phase: CapturePhase = 'idle';
    let capturedClientId: string | null = null;
    let finishedClientId: string | null = null;
    // The card offers Continue the moment the secret is seen; the background may still be storing it.
    let captureStored: Promise<unknown> = Promise.resolve();
    const overlay = createOverlay(() => guide.hide());
    const guide = createConsoleGuide(overlay, {
      phase: () => phase,
      options: readOptions,
      finishedClientId: () => finishedClientId,
      onContinue: async () => {
        if (!capturedClientId) return;
        await captureStored;
        const request: ConsoleMessage = { type: 'console/continue', clientId: capturedClientId };
        const result = (await askBackground(request)) as CommandResult | null;
        if (result && !result.ok) {
          guide.hide();
          overlay.card({
            tone: 'warning',
            title: i18n.t('console.notContinued'),
            body: result.message,
          });
        }
      },
    });
    onEnd(signal, () => {
      guide.hide();
      overlay.destroy();
    });

    // Offer the guide once, where there is something to do: an app due, or a gray "Add new app
    // client" — unless guides are off (the user's choice, or locked by policy); results still show.
    let guideOffered = false;
    let guidesEnabled: boolean | null = null;
    let somethingToDo = false;
    const offerGuide = () => {
      if (guideOffered || !guidesEnabled || !somethingToDo) return;
      guideOffered = true;
      guide.show();
    };
    void watchContentSettings((settings) => {
      guidesEnabled = settings.guidesEnabled;
      offerGuide();
    }, signal);
    watchConsolePage(
      readOptions,
      (page) => {
        somethingToDo ||= page.apps.some((app) => app.alert) || page.addAppClient === 'disabled';
        offerGuide();
        tellBackground({ type: 'console/page', ...page } satisfies ConsoleMessage);
      },
      signal,
    );

    onEnd(
      signal,
      watchRotation(document, {
        ...readOptions(),
        onEvent: (event) => {
          // Captured by the user's selection or paste meanwhile: the watcher's time-out is stale.
          if (phase === 'captured' && event.kind === 'capture-problem') return;
          const phaseBefore = phase;
          phase = nextPhase(phase, event);
          // The step can change with nothing changing on the page (Amazon still shows only Copy).
          if (phase !== phaseBefore) guide.refresh();
          // A user quicker than the first page report (or on a page without the apps list) is
          // rotating all the same: a console that shows the new secret only through Copy needs
          // the card to ask for the paste.
          if (event.kind === 'rotation-confirmed' || event.kind === 'awaiting-reveal') {
            somethingToDo = true;
            offerGuide();
          }
          if (event.kind === 'captured') {
            capturedClientId = event.clientId;
            captureStored = askBackground(toConsoleMessage(event));
            guide.show();
          } else tellBackground(toConsoleMessage(event));
        },
      }),
    );

    answerOutlineRequests(() => ({ site: 'amazon-console', expected: guide.target }), signal);

    // Once VendorAuto has the captured secret (or it expired), the guide moves on to the next app due.
    onEnd(
      signal,
      watchLocal<Record<string, Rotation>>('rotations', {}, (rotations) => {
        if (phase !== 'captured' || !capturedClientId) return;
        const waiting = Object.values(rotations).some(
          (r) => r.clientId === capturedClientId && isLive(r, Date.now()),
        );
        if (!waiting) {
          phase = 'idle';
          finishedClientId = capturedClientId;
          capturedClientId = null;
          const saved = Object.values(rotations).some(
            (r) => r.clientId === finishedClientId && r.status === 'confirmed',
          );
          // VendorAuto has it: the panel showing the new secret in clear closes, and the guide
          // goes on to the next app due.
          if (saved && finishedClientId) closeFinishedPanel(finishedClientId);
        }
      }),
    );

    onExtensionMessage((message) => {
      const request = consoleRequestIn(message);
      if (!request) return undefined;
      switch (request.type) {
        case 'guide/show':
          guide.show();
          return Promise.resolve(true);
        case 'console/page-client-id': {
          const view = currentView(document);
          return Promise.resolve({
            clientId: view.kind === 'credentials' ? view.clientId : null,
            // A pasted secret is taken only after a rotation confirmed on this page.
            rotated: phase === 'confirmed' || phase === 'awaiting-reveal',
          });
        }
        case 'console/selection-captured':
          if (request.ok) {
            phase = 'captured';
            guide.show();
          } else {
            guide.hide();
            overlay.card({
              tone: 'error',
              title: i18n.t('console.notCaptured'),
              body: request.message,
            });
          }
          return Promise.resolve(true);
      }
    }, signal);
  },
});
