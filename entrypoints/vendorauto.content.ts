/** VendorAuto: wiring only. The page model, guide and fill controller live in utils/sites/vendorauto/. */

import { defineContentScript } from 'wxt/utils/define-content-script';
import { i18n } from '#i18n';
import { contentLifetime, onEnd } from '../utils/content/lifetime';
import { askBackground, onExtensionMessage } from '../utils/content/messaging';
import { answerOutlineRequests } from '../utils/content/outline/request';
import { createOverlay } from '../utils/content/overlay';
import { readLocal, watchContentSettings, watchLocal } from '../utils/content/stored';
import { fillRequestIn, vendorAutoRequestIn } from '../utils/core/content-guards';
import { VENDORAUTO_MATCHES } from '../utils/core/hosts';
import type { CommandResult, ReadyAnswer, VendorAutoMessage } from '../utils/core/messages';
import { isLive, type Rotation } from '../utils/core/rotation';
import { createFillController } from '../utils/sites/vendorauto/fill-controller';
import { createVendorAutoGuide } from '../utils/sites/vendorauto/guide';
import { type PageKind, watchPageKind } from '../utils/sites/vendorauto/page-kind';

const loginFirstCard = () =>
  ({
    tone: 'info',
    title: i18n.t('va.login.title'),
    body: i18n.t('va.login.body'),
  }) as const;

export default defineContentScript({
  matches: VENDORAUTO_MATCHES,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window.top !== window) return;
    const signal = contentLifetime(ctx);
    const overlay = createOverlay(() => guide.hide());
    let liveRotation: Rotation | null = null;
    let trusted = false;
    /** A fill waits behind VendorAuto's login: the login card stays, the guide keeps away. */
    let loginFirst = false;

    const guide = createVendorAutoGuide(overlay, {
      rotation: () => liveRotation,
      trusted: () => trusted,
      requestFill: async (rotationId) => {
        const request: VendorAutoMessage = { type: 'vendorauto/request-fill', rotationId };
        const result = (await askBackground(request)) as CommandResult | null;
        if (result && !result.ok)
          overlay.card({ tone: 'error', title: i18n.t('va.nothingFilled'), body: result.message });
      },
    });
    const filler = createFillController(overlay, {
      signal,
      beforeFill: () => guide.hide(),
      openedByUserAfter: () => guide.openedByUserAfter(),
    });
    onEnd(signal, () => {
      guide.hide();
      overlay.destroy();
    });

    // Whether this origin is the user's VendorAuto decides what the guide offers; the background
    // decides, on its own records, whether a secret ever comes here.
    // A company's VendorAuto (by policy) counts as the user's; "guides off" stops the guide's own offer.
    let guidesEnabled = true;
    const settingsRead = watchContentSettings((settings) => {
      const trustedBefore = trusted;
      trusted = settings.vendorAutoOrigins.includes(location.origin);
      guidesEnabled = settings.guidesEnabled;
      // Trusted in the popup just now: the card that asked for it must not stay.
      if (trusted !== trustedBefore) guide.refresh();
    }, signal);

    // Only non-secret records: which rotation waits, for which Client ID.
    const updateLive = (rotations: Record<string, Rotation>) => {
      const live = Object.values(rotations).filter((r) => isLive(r, Date.now()));
      liveRotation = live.sort((a, b) => a.capturedAt - b.capturedAt)[0] ?? null;
    };
    void Promise.all([readLocal<Record<string, Rotation>>('rotations', {}), settingsRead]).then(
      ([rotations]) => {
        updateLive(rotations);
        const waiting = liveRotation?.status === 'captured' || liveRotation?.status === 'failed';
        if (waiting && !loginFirst && guidesEnabled) guide.show();
      },
    );
    onEnd(
      signal,
      watchLocal<Record<string, Rotation>>('rotations', {}, (rotations) => {
        updateLive(rotations);
        guide.refresh();
      }),
    );

    answerOutlineRequests(
      () => ({
        site: 'vendorauto',
        expected: guide.target,
        ...(liveRotation ? { expectedClientId: liveRotation.clientId } : {}),
      }),
      signal,
    );

    onExtensionMessage((message) => {
      const request = vendorAutoRequestIn(message);
      if (request) {
        if (request.type === 'guide/show') {
          guide.show();
          return Promise.resolve(true);
        }
        return Promise.resolve(filler.fieldContext());
      }
      const fill = fillRequestIn(message);
      return fill ? filler.fill(fill) : undefined;
    }, signal);

    // A fill the user asked for ("Continue in VendorAuto") waits for the Instances page.
    const announce = async (kind: PageKind) => {
      const ready: VendorAutoMessage = { type: 'vendorauto/ready', kind };
      const answer = (await askBackground(ready)) as ReadyAnswer | null;
      loginFirst = kind === 'login' && answer?.waiting === true;
      if (!answer?.waiting) return;
      if (loginFirst) {
        guide.hide();
        overlay.card(loginFirstCard());
      } else guide.show();
    };
    watchPageKind((kind) => void announce(kind), signal);
  },
});
