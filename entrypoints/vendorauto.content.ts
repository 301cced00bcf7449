import browser, { type Runtime } from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { fillField } from '../utils/dom/fill';
import { VENDORAUTO_MATCHES } from '../utils/hosts';
import { shortClientId } from '../utils/lwa';
import {
  type FillRequest,
  type FillResponse,
  fillRequestSchema,
  type VendorAutoMessage,
} from '../utils/messages';
import { createOverlay } from '../utils/overlay/overlay';
import { isExtensionSender } from '../utils/senders';
import {
  type EditForm,
  findConfirmControl,
  openSecretField,
  watchSaveOutcome,
} from '../utils/sites/vendorauto';

export default defineContentScript({
  matches: VENDORAUTO_MATCHES,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window.top !== window) return;
    const overlay = createOverlay(() => overlay.clear());
    ctx.onInvalidated(() => overlay.destroy());
    let busy = false;

    const listener = (
      message: unknown,
      sender: Runtime.MessageSender,
    ): Promise<FillResponse> | undefined => {
      if (!isExtensionSender(sender)) return undefined;
      const request = fillRequestSchema.safeParse(message);
      if (!request.success) return undefined;
      if (request.data.origin !== location.origin) {
        return Promise.resolve({
          ok: false,
          code: 'wrong-page',
          message: 'The VendorAuto tab moved to another address.',
        });
      }
      if (busy)
        return Promise.resolve({
          ok: false,
          code: 'busy',
          message: 'A fill is already in progress in this tab.',
        });
      busy = true;
      return handleFill(request.data, overlay, ctx.signal).finally(() => {
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

async function handleFill(
  request: FillRequest,
  overlay: ReturnType<typeof createOverlay>,
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
  const field = opened.form.secretField;
  if (!fillField(field, request.secret)) {
    const message = 'VendorAuto’s Client Secret field did not accept the value. Nothing was saved.';
    overlay.card({ tone: 'error', title: 'Nothing was filled', body: message });
    return { ok: false, code: 'unknown-layout', message };
  }
  guideToConfirm(opened.form, overlay, request.autoConfirm);
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
        rotationId: request.rotationId,
        outcome: result.outcome,
        ...(result.outcome === 'save-error' ? { detail: result.detail } : {}),
      });
    },
    { signal },
  );
  return { ok: true };
}

/** Rings Confirm, then the "Are you sure?" confirm when it appears; clicks them only if the user chose auto-confirm. */
function guideToConfirm(
  form: EditForm,
  overlay: ReturnType<typeof createOverlay>,
  autoConfirm: boolean,
): void {
  const currentConfirm = () => {
    const dialogs = [
      ...document.querySelectorAll(
        '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog[open]',
      ),
    ];
    const topmost = dialogs
      .reverse()
      .find((d) => d !== form.scope && !d.contains(form.scope) && findConfirmControl(d));
    return (
      (topmost && findConfirmControl(topmost)) ??
      (form.scope.isConnected ? findConfirmControl(form.scope) : null)
    );
  };
  overlay.highlight(currentConfirm);
  overlay.card({
    tone: 'info',
    title: 'New secret filled in — now confirm',
    body: autoConfirm
      ? 'Confirming the change for you…'
      : 'Check the instance, then click the highlighted Confirm button to save.',
    why: 'VendorAuto keeps using the old secret until you confirm; Amazon accepts the old one for 7 more days.',
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
