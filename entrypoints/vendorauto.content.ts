import browser, { type Runtime } from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { deepText } from '../utils/content/dom/deep';
import { type FillableField, fillField, isFillable } from '../utils/content/dom/fill';
import { createOverlay, type Overlay } from '../utils/content/overlay';
import { VENDORAUTO_MATCHES } from '../utils/core/hosts';
import { findClientIds, shortClientId } from '../utils/core/lwa';
import {
  type CommandResult,
  type FieldContext,
  type FillRequest,
  type FillResponse,
  fillRequestSchema,
  type VendorAutoMessage,
  vendorAutoRequestSchema,
} from '../utils/core/messages';
import { isLive, type Rotation } from '../utils/core/rotation';
import { isExtensionSender } from '../utils/core/senders';
import { stepNumber } from '../utils/core/steps';
import { rotationsItem } from '../utils/core/storage';
import {
  findCurrentConfirm,
  formAroundField,
  formShowsOtherInstance,
  openSecretField,
  watchSaveOutcome,
} from '../utils/sites/vendorauto';
import { createVendorAutoGuide } from '../utils/sites/vendorauto/guide';

export default defineContentScript({
  matches: VENDORAUTO_MATCHES,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window.top !== window) return;
    const overlay = createOverlay(() => guide.hide());
    let liveRotation: Rotation | null = null;
    let busy = false;
    let contextField: FillableField | null = null;

    const guide = createVendorAutoGuide(overlay, {
      rotation: () => liveRotation,
      requestFill: (rotationId) => {
        void (
          browser.runtime.sendMessage({
            type: 'vendorauto/request-fill',
            rotationId,
          } satisfies VendorAutoMessage) as Promise<CommandResult | undefined>
        )
          .then((result) => {
            if (result && !result.ok)
              overlay.card({ tone: 'error', title: 'Nothing was filled', body: result.message });
          })
          .catch(() => undefined);
      },
    });
    ctx.onInvalidated(() => {
      guide.hide();
      overlay.destroy();
    });

    // Only non-secret records: which rotation waits, for which Client ID.
    const updateLive = (rotations: Record<string, Rotation>) => {
      const live = Object.values(rotations).filter((r) => isLive(r, Date.now()));
      liveRotation = live.sort((a, b) => a.capturedAt - b.capturedAt)[0] ?? null;
    };
    void rotationsItem.getValue().then((rotations) => {
      updateLive(rotations);
      if (liveRotation && (liveRotation.status === 'captured' || liveRotation.status === 'failed'))
        guide.show();
    });
    ctx.onInvalidated(rotationsItem.watch(updateLive));

    const onContextMenu = (event: Event) => {
      const [target] = event.composedPath();
      contextField = target instanceof Element && isFillable(target) ? target : null;
    };
    document.addEventListener('contextmenu', onContextMenu, true);
    ctx.onInvalidated(() => document.removeEventListener('contextmenu', onContextMenu, true));

    const listener = (message: unknown, sender: Runtime.MessageSender) => {
      if (!isExtensionSender(sender)) return undefined;
      const request = vendorAutoRequestSchema.safeParse(message);
      if (request.success) {
        if (request.data.type === 'guide/show') {
          guide.show();
          return Promise.resolve(true);
        }
        return Promise.resolve(fieldContext(contextField));
      }
      const fill = fillRequestSchema.safeParse(message);
      if (!fill.success) return undefined;
      if (fill.data.origin !== location.origin) {
        return Promise.resolve<FillResponse>({
          ok: false,
          code: 'wrong-page',
          message: 'The VendorAuto tab moved to another address.',
        });
      }
      if (busy)
        return Promise.resolve<FillResponse>({
          ok: false,
          code: 'busy',
          message: 'A fill is already in progress in this tab.',
        });
      busy = true;
      guide.hide();
      const run =
        fill.data.target === 'context-field'
          ? fillContextField(fill.data, contextField, overlay, ctx.signal)
          : fillInstance(fill.data, overlay, ctx.signal);
      return run.finally(() => {
        busy = false;
      });
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});

function report(message: VendorAutoMessage): void {
  void browser.runtime.sendMessage(message).catch(() => undefined);
}

function fieldContext(field: FillableField | null): FieldContext {
  if (!field?.isConnected) return { fillable: false, clientIds: [] };
  return { fillable: true, clientIds: findClientIds(deepText(formAroundField(field))) };
}

async function fillInstance(
  request: FillRequest,
  overlay: Overlay,
  signal: AbortSignal,
): Promise<FillResponse> {
  const shortId = shortClientId(request.clientId);
  overlay.card({
    tone: 'info',
    title: 'Finding your instance…',
    body: `Looking for the instance with Client ID ${shortId}.`,
  });
  const opened = await openSecretField(request.clientId, {
    signal,
    onStep: (step) => overlay.highlight(() => (step.element.isConnected ? step.element : null)),
  });
  if (!opened.ok) {
    overlay.clear();
    overlay.card({ tone: 'error', title: 'Nothing was filled', body: opened.message });
    return { ok: false, code: opened.code, message: opened.message };
  }
  return fillAndGuide(request, opened.form.secretField, opened.form.scope, overlay, signal);
}

/** "Fill the new LWA secret here": the field the user chose, under the same rules as the automatic path. */
async function fillContextField(
  request: FillRequest,
  field: FillableField | null,
  overlay: Overlay,
  signal: AbortSignal,
): Promise<FillResponse> {
  if (!field?.isConnected || !isFillable(field)) {
    const message =
      'Right-click an editable field of VendorAuto’s form, then choose “Fill the new LWA secret here”.';
    overlay.card({ tone: 'error', title: 'Nothing was filled', body: message });
    return { ok: false, code: 'unknown-layout', message };
  }
  const scope = formAroundField(field);
  if (formShowsOtherInstance(scope, request.clientId)) {
    const message = `This form belongs to another instance than the Client ID ${shortClientId(request.clientId)}. Nothing was filled.`;
    overlay.card({ tone: 'error', title: 'Nothing was filled', body: message });
    return { ok: false, code: 'ambiguous', message };
  }
  return fillAndGuide(request, field, scope, overlay, signal);
}

function fillAndGuide(
  request: FillRequest,
  field: FillableField,
  scope: Element,
  overlay: Overlay,
  signal: AbortSignal,
): FillResponse {
  // Closures below keep only these: nothing in this script holds the secret after the fill.
  const { rotationId, clientId, autoConfirm } = request;
  const shortId = shortClientId(clientId);
  if (!fillField(field, request.secret)) {
    const message = 'VendorAuto’s Client Secret field did not accept the value. Nothing was saved.';
    overlay.card({ tone: 'error', title: 'Nothing was filled', body: message });
    return { ok: false, code: 'unknown-layout', message };
  }
  guideToConfirm(scope, overlay, autoConfirm);
  watchSaveOutcome(
    field,
    (result) => {
      overlay.clear();
      if (result.outcome === 'saved') {
        overlay.card({
          tone: 'success',
          title: 'Client Secret updated',
          body: `VendorAuto saved the new secret for ${shortId}. The rotation is complete.`,
        });
      } else if (result.outcome === 'save-error') {
        overlay.card({ tone: 'error', title: 'VendorAuto did not save it', body: result.detail });
      } else {
        overlay.card({
          tone: 'warning',
          title: 'Not saved',
          body: 'The change was cancelled. Use “Fill in VendorAuto” in the extension to try again.',
        });
      }
      report({
        type: 'vendorauto/outcome',
        rotationId,
        outcome: result.outcome,
        ...(result.outcome === 'save-error' ? { detail: result.detail } : {}),
      });
    },
    { signal },
  );
  return { ok: true };
}

/** Rings Confirm, then the "Are you sure?" confirm when it appears; clicks them only if the user chose auto-confirm. */
function guideToConfirm(scope: Element, overlay: Overlay, autoConfirm: boolean): void {
  const currentConfirm = () => findCurrentConfirm(scope);
  overlay.highlight(currentConfirm);
  overlay.card({
    tone: 'info',
    title: 'New secret filled in — now confirm',
    body: autoConfirm
      ? 'Confirming the change for you…'
      : 'Check the instance, then click the highlighted Confirm button to save.',
    why: 'VendorAuto keeps using the old secret until you confirm; Amazon accepts the old one for 7 more days.',
    progress: `Step ${stepNumber('confirm-vendorauto').n} of ${stepNumber('confirm-vendorauto').of}`,
  });
  if (!autoConfirm) return;
  const first = currentConfirm();
  if (!(first instanceof HTMLElement)) return;
  first.click();
  setTimeout(() => {
    const second = currentConfirm();
    if (second instanceof HTMLElement && second !== first) second.click();
  }, 600);
}
