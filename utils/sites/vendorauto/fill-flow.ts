/**
 * The steps a person takes in VendorAuto, taken with them: find the instance, open its edit,
 * open the Client Secret's edit, and hand back the field to fill. Each step re-reads the page
 * (it may re-render) and stops with a reason instead of guessing.
 */

import type { FillableField } from '../../content/dom/fill';
import { waitFor } from '../../content/dom/wait';
import { shortClientId } from '../../core/lwa';
import type { FillRefusalCode } from '../../core/messages';
import { type EditForm, findEditForm, openEditors } from './edit-form';
import { findInstanceByClientId } from './instances';

export type Step = { kind: 'instance' | 'edit' | 'secret-edit'; element: Element };

export type OpenResult =
  | { ok: true; form: EditForm & { secretField: FillableField } }
  | { ok: false; code: FillRefusalCode; message: string };

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
  if (!form) {
    const match = findInstanceByClientId(clientId);
    if (match.kind !== 'found') return refusal(match, shortId);
    region = match.region;
    onStep({ kind: 'instance', element: match.container });
    onStep({ kind: 'edit', element: match.editControl });
    const before = openEditors();
    (match.editControl as HTMLElement).click();
    const instanceEdit = match.editControl;
    form = await waitFor(
      () => {
        const found = findEditForm(clientId, region?.isConnected ? region : regionOf(clientId), {
          openedAfter: before,
        });
        // Inline forms: until the form opens, the only pencil near "Client Secret" may be the instance's own.
        return found &&
          (found.secretField || (found.secretPencil && found.secretPencil !== instanceEdit))
          ? found
          : null;
      },
      { timeoutMs: formTimeoutMs, signal },
    );
    if (!form) {
      return {
        ok: false,
        code: 'unknown-layout',
        message: `Clicked the edit button of the instance with Client ID ${shortId}, but no form with a Client Secret field opened. Open it by hand and try again.`,
      };
    }
  }
  if (!form.secretField) {
    if (!form.secretPencil) {
      return {
        ok: false,
        code: 'unknown-layout',
        message: 'The edit form has no editable Client Secret field and no edit button next to it.',
      };
    }
    onStep({ kind: 'secret-edit', element: form.secretPencil });
    const before = openEditors();
    (form.secretPencil as HTMLElement).click();
    const scopeHint = form.scope;
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
        message:
          'Clicked the edit button under Client Secret, but no field to type the new secret appeared.',
      };
    }
  }
  return { ok: true, form: form as EditForm & { secretField: FillableField } };
}

function regionOf(clientId: string): Element | null {
  const match = findInstanceByClientId(clientId);
  return match.kind === 'found' ? match.region : null;
}

function refusal(
  match: Exclude<ReturnType<typeof findInstanceByClientId>, { kind: 'found' }>,
  shortId: string,
): OpenResult {
  switch (match.kind) {
    case 'none':
      return {
        ok: false,
        code: 'not-found',
        message:
          match.instancesSeen === 0
            ? 'This page shows no instances. Open VendorAuto’s Instances page and try again.'
            : `No instance on this page has the Client ID ${shortId}. If VendorAuto lists instances on several pages or has a search box, show that instance first; or check that this app has an instance.`,
      };
    case 'ambiguous':
      return {
        ok: false,
        code: 'ambiguous',
        message: `${match.count} instances could have the Client ID ${shortId}, so the extension will not guess. Update the right one by hand.`,
      };
    case 'no-edit-control':
      return {
        ok: false,
        code: 'unknown-layout',
        message: `Found the instance with Client ID ${shortId}, but no edit (pencil) button next to it.`,
      };
  }
}
