/**
 * The steps a person takes in VendorAuto, taken with them: find the instance, open its edit,
 * open the Client Secret's edit, and hand back the field to fill. Each step re-reads the page
 * (it may re-render) and stops with a reason instead of guessing.
 */

import { i18n } from '#i18n';
import { isSeen } from '../../content/dom/deep';
import type { FillableField } from '../../content/dom/fill';
import { waitFor } from '../../content/dom/wait';
import { shortClientId } from '../../core/lwa';
import type { FillRefusalCode } from '../../core/messages';
import { findEditControls } from './controls';
import { type EditForm, findEditForm, openEditors } from './edit-form';
import { describeTried, revealInstanceByClientId } from './find-offscreen';
import { findInstanceByClientId, type InstanceMatch } from './instances';

/** How long a form that shows a Client Secret part may take to show its field or pencil. */
const SECRET_WAY_MS = 1500;

export type Step = { kind: 'instance' | 'edit' | 'secret-edit'; element: Element };

/**
 * A step the extension could not take itself on the instance it found: what to ring and the one
 * thing the user does there. The flow can continue once the user did it.
 */
export type Stuck = {
  todo: 'open-edit' | 'open-secret';
  target: Element;
  /** The instance's own part of the page, for an inline editor. */
  region: Element | null;
  /** The control whose use proves an editor that opens is this instance's. */
  proof: Element;
  /** The target is a "more actions" menu whose Edit item opens the editor. */
  byMenu?: boolean;
};

export type OpenResult =
  | { ok: true; form: EditForm & { secretField: FillableField } }
  | { ok: false; code: FillRefusalCode; message: string; stuck?: Stuck };

export type OpenOptions = {
  signal?: AbortSignal;
  /** Editors open just before the user clicked this instance's edit, when the guide saw that click. */
  openedByUserAfter?: Set<Element> | null;
  /** Called before each click, so the guide can show what is being clicked. */
  onStep?: (step: Step) => void;
  formTimeoutMs?: number;
};

export async function openSecretField(
  clientId: string,
  options: OpenOptions = {},
): Promise<OpenResult> {
  const { signal, onStep = () => undefined, formTimeoutMs = 8000, openedByUserAfter } = options;
  const shortId = shortClientId(clientId);

  // The user may have opened the right form already: it shows this Client ID, or the guide saw
  // the user open it from this instance's edit.
  let form = findEditForm(
    clientId,
    null,
    openedByUserAfter ? { openedAfter: openedByUserAfter } : {},
  );
  let region: Element | null = null;
  let instanceEdit: Element | null = null;
  if (!form) {
    // Not on screen: the list's search box, its pages or its scrolling may show it.
    const { match, tried } = await revealInstanceByClientId(clientId, { signal });
    if (match.kind !== 'found') return refusal(match, shortId, describeTried(tried, shortId));
    region = match.region;
    instanceEdit = match.editControl;
    onStep({ kind: 'instance', element: match.container });
    onStep({ kind: 'edit', element: match.editControl });
    const before = openEditors();
    const opened = await openInstanceEditor(await stillShown(match, clientId), signal);
    const stuckOnEdit: Stuck = {
      todo: 'open-edit',
      // The pencil, or the kebab whose menu holds Edit; a row that opens on click is rung whole.
      target: match.opensBy === 'row' ? match.container : match.editControl,
      byMenu: match.opensBy === 'menu',
      region,
      proof: match.opensBy === 'edit' ? match.editControl : match.container,
    };
    let formSeenAt: number | null = null;
    form = opened
      ? await waitFor(
          () => {
            const found = findEditForm(
              clientId,
              region?.isConnected ? region : regionOf(clientId),
              { openedAfter: before },
            );
            // Inline forms: until the form opens, the only pencil near "Client Secret" may be the instance's own.
            if (!found) return null;
            if (found.secretField || (found.secretPencil && found.secretPencil !== instanceEdit))
              return found;
            // A form with a Client Secret part but no way in the model knows: the user takes it from here.
            formSeenAt ??= Date.now();
            return found.scope !== region && Date.now() - formSeenAt > SECRET_WAY_MS ? found : null;
          },
          { timeoutMs: formTimeoutMs, signal },
        )
      : null;
    if (!form) {
      return {
        ok: false,
        code: 'unknown-layout',
        message: i18n.t('va.flow.editFormClosed', { clientId: shortId }),
        stuck: stuckOnEdit,
      };
    }
  }
  if (!form.secretField) {
    const scopeHint = form.scope;
    const stuckOnSecret: Stuck = {
      todo: 'open-secret',
      target: form.secretPencil ?? form.scope,
      region: scopeHint,
      proof: form.secretPencil ?? form.scope,
    };
    if (!form.secretPencil) {
      return {
        ok: false,
        code: 'unknown-layout',
        message: i18n.t('va.flow.noSecretField'),
        stuck: stuckOnSecret,
      };
    }
    onStep({ kind: 'secret-edit', element: form.secretPencil });
    const before = openEditors();
    (form.secretPencil as HTMLElement).click();
    form = await waitFor(
      () => {
        const found = findEditForm(
          clientId,
          scopeHint.isConnected ? scopeHint : regionOf(clientId),
          { openedAfter: before },
        );
        return found?.secretField ? found : null;
      },
      { timeoutMs: formTimeoutMs, signal },
    );
    if (!form?.secretField) {
      return {
        ok: false,
        code: 'unknown-layout',
        message: i18n.t('va.flow.secretFieldClosed'),
        stuck: stuckOnSecret,
      };
    }
  }
  return { ok: true, form: form as EditForm & { secretField: FillableField } };
}

/**
 * The match as the page shows it now: bringing a row into view lets a virtualised list render
 * it afresh, and a click on the replaced control would do nothing. Re-read once when that happened.
 */
async function stillShown(
  match: Extract<InstanceMatch, { kind: 'found' }>,
  clientId: string,
): Promise<Extract<InstanceMatch, { kind: 'found' }>> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  if (match.editControl.isConnected) return match;
  const again = findInstanceByClientId(clientId);
  return again.kind === 'found' ? again : match;
}

/** Clicks the instance's edit control, its menu's Edit item, or its row. False when the menu had no Edit. */
async function openInstanceEditor(
  match: Extract<InstanceMatch, { kind: 'found' }>,
  signal?: AbortSignal,
): Promise<boolean> {
  if (match.opensBy !== 'menu') {
    (match.editControl as HTMLElement).click();
    return true;
  }
  const before = new Set(findEditControls(document.body));
  (match.editControl as HTMLElement).click();
  // The menu's Edit item: an edit control that appeared with the menu.
  const item = await waitFor(
    () => {
      const fresh = findEditControls(document.body).filter(
        (control) => !before.has(control) && isSeen(control),
      );
      return fresh.length === 1 ? fresh[0] : null;
    },
    { timeoutMs: 2000, signal },
  );
  if (!(item instanceof HTMLElement)) return false;
  item.click();
  return true;
}

/** The instance's part of the page, re-read after a re-render; an inline editor may leave it no edit control. */
export function regionOf(clientId: string): Element | null {
  const match = findInstanceByClientId(clientId);
  if (match.kind === 'found') return match.region;
  return match.kind === 'no-edit-control' ? match.container : null;
}

function refusal(
  match: Exclude<ReturnType<typeof findInstanceByClientId>, { kind: 'found' }>,
  shortId: string,
  triedSentence: string,
): OpenResult {
  switch (match.kind) {
    case 'none':
      return {
        ok: false,
        code: 'not-found',
        message:
          match.instancesSeen === 0
            ? i18n.t('va.flow.noInstances')
            : triedSentence
              ? i18n.t('va.flow.notFoundTried', { clientId: shortId, tried: triedSentence })
              : i18n.t('va.flow.notFound', { clientId: shortId }),
      };
    case 'ambiguous':
      return {
        ok: false,
        code: 'ambiguous',
        message: i18n.t('va.flow.ambiguous', match.count, { clientId: shortId }),
      };
    case 'no-edit-control':
      return {
        ok: false,
        code: 'unknown-layout',
        message: i18n.t('va.flow.noEditControl', { clientId: shortId }),
        stuck: {
          todo: 'open-edit',
          target: match.container,
          region: match.container,
          proof: match.container,
        },
      };
  }
}
