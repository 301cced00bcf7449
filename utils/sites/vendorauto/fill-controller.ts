/**
 * What happens on VendorAuto once the background hands over a secret: find the instance (or
 * take the field the user right-clicked), fill, ring Confirm, and report what VendorAuto did.
 * Nothing here keeps the secret after the fill: closures hold only the rotation's id and
 * Client ID.
 */

import { i18n } from '#i18n';
import { composedContains, deepText } from '../../content/dom/deep';
import { type FillableField, fillField, isFillable } from '../../content/dom/fill';
import { askBackground, tellBackground } from '../../content/messaging';
import type { Overlay } from '../../content/overlay';
import { findClientIds, shortClientId } from '../../core/lwa';
import type {
  FieldContext,
  FillRequest,
  FillResponse,
  VendorAutoMessage,
} from '../../core/messages';
import { stepNumber } from '../../core/steps';
import {
  findCurrentConfirm,
  formAroundField,
  formShowsOtherInstance,
  openDialogs,
  openSecretField,
  watchSaveOutcome,
} from './';
import type { Stuck } from './fill-flow';
import { followFilledForm } from './remount';
import { awaitUserStep, type UserStepWatch } from './user-step';

export type FillController = {
  fill(request: FillRequest): Promise<FillResponse>;
  /** Which Client IDs the form around the last right-clicked field shows. */
  fieldContext(): FieldContext;
};

export function createFillController(
  overlay: Overlay,
  {
    signal,
    beforeFill,
    openedByUserAfter,
  }: {
    signal: AbortSignal;
    beforeFill: () => void;
    /** From the guide: editors open just before the user clicked this instance's edit. */
    openedByUserAfter: () => Set<Element> | null;
  },
): FillController {
  let busy = false;
  let contextField: FillableField | null = null;
  // After a step the user had to take: the editors open before their click, and the watch itself.
  let userOpenedAfter: Set<Element> | null = null;
  let userStep: UserStepWatch | null = null;
  const continueAfterUserStep = (rotationId: string, clientId: string) => (stuck: Stuck) => {
    userStep = awaitUserStep(stuck, clientId, overlay, {
      signal,
      onReady: (openedAfter) => {
        userOpenedAfter = openedAfter;
        void askBackground({
          type: 'vendorauto/request-fill',
          rotationId,
        } satisfies VendorAutoMessage);
      },
    });
  };
  document.addEventListener(
    'contextmenu',
    (event) => {
      // The page can dispatch its own contextmenu events: only a person's right-click picks a field.
      if (!event.isTrusted) return;
      const [target] = event.composedPath();
      contextField = target instanceof Element && isFillable(target) ? target : null;
    },
    { capture: true, signal },
  );

  return {
    async fill(request) {
      if (request.origin !== location.origin)
        return refuse('wrong-page', i18n.t('va.fill.movedAway'));
      if (busy) return refuse('busy', i18n.t('va.fill.busy'));
      busy = true;
      userStep?.stop();
      userStep = null;
      beforeFill();
      try {
        return request.target === 'context-field'
          ? await fillContextField(request, contextField, overlay, signal)
          : await fillInstance(
              request,
              overlay,
              signal,
              openedByUserAfter() ?? userOpenedAfter,
              continueAfterUserStep(request.rotationId, request.clientId),
            );
      } finally {
        busy = false;
      }
    },
    fieldContext() {
      if (!contextField?.isConnected) return { fillable: false, clientIds: [] };
      return {
        fillable: true,
        clientIds: findClientIds(deepText(formAroundField(contextField))),
      };
    },
  };
}

function refuse(code: Exclude<FillResponse, { ok: true }>['code'], message: string): FillResponse {
  return { ok: false, code, message };
}

async function fillInstance(
  request: FillRequest,
  overlay: Overlay,
  signal: AbortSignal,
  openedByUserAfter: Set<Element> | null,
  onStuck: (stuck: Stuck) => void,
): Promise<FillResponse> {
  overlay.card({
    tone: 'info',
    title: i18n.t('va.fill.finding'),
    body: i18n.t('va.fill.findingBody', { clientId: shortClientId(request.clientId) }),
  });
  const opened = await openSecretField(request.clientId, {
    signal,
    openedByUserAfter,
    onStep: (step) => overlay.highlight(() => (step.element.isConnected ? step.element : null)),
  });
  if (!opened.ok) {
    overlay.clear();
    if (opened.stuck) onStuck(opened.stuck);
    else overlay.card({ tone: 'error', title: i18n.t('va.nothingFilled'), body: opened.message });
    return refuse(opened.code, opened.message);
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
    const message = i18n.t('va.fill.pickField');
    overlay.card({ tone: 'error', title: i18n.t('va.nothingFilled'), body: message });
    return refuse('unknown-layout', message);
  }
  const scope = formAroundField(field);
  if (formShowsOtherInstance(scope, request.clientId)) {
    const message = i18n.t('va.fill.otherInstance', {
      clientId: shortClientId(request.clientId),
    });
    overlay.card({ tone: 'error', title: i18n.t('va.nothingFilled'), body: message });
    return refuse('ambiguous', message);
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
  const { rotationId, clientId, autoConfirm } = request;
  const shortId = shortClientId(clientId);
  if (!fillField(field, request.secret)) {
    const message = i18n.t('va.fill.refused');
    overlay.card({ tone: 'error', title: i18n.t('va.nothingFilled'), body: message });
    return refuse('unknown-layout', message);
  }
  const filled = followFilledForm(field, scope, clientId, request.secret);
  const watch = watchSaveOutcome(
    () => filled.field(),
    (result) => {
      filled.release();
      overlay.clear();
      if (result.outcome === 'saved') {
        overlay.card({
          tone: 'success',
          title: i18n.t('va.fill.saved'),
          body: i18n.t('va.fill.savedBody', { clientId: shortId }),
        });
      } else if (result.outcome === 'save-error') {
        overlay.card({ tone: 'error', title: i18n.t('va.fill.saveError'), body: result.detail });
      } else {
        overlay.card({
          tone: 'warning',
          title: i18n.t('va.fill.notSaved'),
          body: i18n.t('va.fill.cancelled'),
        });
      }
      tellBackground({
        type: 'vendorauto/outcome',
        rotationId,
        outcome: result.outcome,
        ...(result.outcome === 'save-error' ? { detail: result.detail } : {}),
        ...(result.outcome === 'saved' ? { evidence: result.evidence } : {}),
      } satisfies VendorAutoMessage);
    },
    { signal },
  );
  guideToConfirm(() => filled.scope(), overlay, autoConfirm ? () => watch.noteConfirm() : null);
  return { ok: true };
}

/**
 * Rings Confirm, then the "Are you sure?" confirm when it appears. With auto-confirm (the user's
 * setting) it clicks them too: the form's own Confirm, then only a confirm inside the same form
 * or in a dialog that opened after that first click.
 */
function guideToConfirm(
  scopeNow: () => Element,
  overlay: Overlay,
  autoConfirm: (() => void) | null,
): void {
  const currentConfirm = () => findCurrentConfirm(scopeNow());
  const scope = scopeNow();
  overlay.highlight(currentConfirm);
  overlay.card({
    tone: 'info',
    title: i18n.t('va.confirm.title'),
    body: autoConfirm ? i18n.t('va.confirm.auto') : i18n.t('va.confirm.byHand'),
    why: i18n.t('va.confirm.why'),
    progress: i18n.t('card.step', stepNumber('confirm-vendorauto')),
  });
  if (!autoConfirm) return;
  const first = currentConfirm();
  if (!(first instanceof HTMLElement) || !composedContains(scope, first)) return;
  const dialogsBefore = new Set(openDialogs());
  autoConfirm();
  first.click();
  setTimeout(() => {
    const second = currentConfirm();
    if (!(second instanceof HTMLElement) || second === first) return;
    const inScope = composedContains(scope, second);
    const inNewDialog = openDialogs().some(
      (dialog) => !dialogsBefore.has(dialog) && composedContains(dialog, second),
    );
    if (inScope || inNewDialog) second.click();
  }, 600);
}
