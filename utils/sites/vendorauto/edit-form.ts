/**
 * VendorAuto's edit form for one instance: where it is (modal or inline), its Client Secret
 * field (masked until its own pencil is clicked), and that it belongs to the right instance.
 */
import { composedParent, deepElements, deepText, isVisible } from '../../content/dom/deep';
import { type FillableField, isFillable } from '../../content/dom/fill';
import { findConfirmControl, findEditControls } from './controls';
import { findIdSightings } from './instances';
import { SECRET_WORDS } from './vocabulary';

export type EditForm = {
  scope: Element;
  /** The editable Client Secret field, once its pencil has been clicked (or if it is editable already). */
  secretField: FillableField | null;
  /** The pencil that makes the masked secret editable. */
  secretPencil: Element | null;
};

function fieldLabel(field: Element): string {
  const parts: string[] = [];
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
    for (const label of Array.from(field.labels ?? [])) parts.push(label.textContent ?? '');
    parts.push(field.placeholder, field.name, field.id, field.autocomplete);
  }
  for (const name of [
    'aria-label',
    'title',
    'data-field',
    'data-name',
    'formcontrolname',
    'ng-model',
    'v-model',
  ]) {
    parts.push(field.getAttribute(name) ?? '');
  }
  for (const id of (field.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    parts.push(field.ownerDocument.getElementById(id)?.textContent ?? '');
  }
  const own = parts.join(' ').trim();
  if (own) return own;
  // No label of its own: the text around it, while that text holds this one field only.
  let context: Element | null = composedParent(field);
  for (let depth = 0; context && depth < 3; depth++, context = composedParent(context)) {
    const fields = [...deepElements(context)].filter(
      (e) => e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement,
    );
    if (fields.length > 1) break;
    const text = deepText(context);
    if (text) return text;
  }
  return '';
}

export function isSecretField(element: Element): element is FillableField {
  return isFillable(element) && isVisible(element) && SECRET_WORDS.test(fieldLabel(element));
}

/** Elements whose own text names the secret ("Client Secret", "LWA Client Secret"). */
function secretLabels(scope: Element): Element[] {
  return [...deepElements(scope)].filter((element) => {
    if (!isVisible(element)) return false;
    const own = Array.from(element.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join(' ');
    return SECRET_WORDS.test(own) && own.trim().length < 60;
  });
}

export function secretFieldIn(scope: Element): FillableField | null {
  const fields = [...deepElements(scope)].filter(isSecretField);
  return fields.length === 1 ? (fields[0] ?? null) : null;
}

/** The edit control nearest to the Client Secret label. */
export function secretPencilIn(scope: Element): Element | null {
  for (const label of secretLabels(scope)) {
    let current: Element | null = label;
    for (let depth = 0; current && depth < 4; depth++, current = composedParent(current)) {
      const [nearest] = findEditControls(current);
      if (nearest) return nearest;
      if (current === scope) break;
    }
  }
  return null;
}

function openDialogs(): Element[] {
  return [...deepElements(document)].filter((element) => {
    const role = element.getAttribute('role');
    const isDialog =
      role === 'dialog' ||
      role === 'alertdialog' ||
      element.getAttribute('aria-modal') === 'true' ||
      (element instanceof HTMLDialogElement && element.open);
    return isDialog && isVisible(element);
  });
}

/** Which instance the form shows: refuse a form that names another Client ID. */
export function formShowsOtherInstance(scope: Element, clientId: string): boolean {
  const sightings = findIdSightings(scope, clientId);
  return sightings.length > 0 && !sightings.some((s) => s.fits);
}

function hasSecretPart(scope: Element): boolean {
  return secretLabels(scope).length > 0 || secretFieldIn(scope) !== null;
}

function showsClientId(scope: Element, clientId: string): boolean {
  return findIdSightings(scope, clientId).some((s) => s.fits);
}

function pageForms(): Element[] {
  return [...deepElements(document)].filter(
    (element) =>
      (element.tagName === 'FORM' || element.getAttribute('role') === 'form') && isVisible(element),
  );
}

/**
 * The open edit form for the instance: a dialog with a Client Secret part, the region around
 * `near` (the instance's container, for inline editing), or a page's own form (an edit page).
 * A form that names another Client ID is never it. One that names none counts only right after
 * the extension opened it (a dialog or `near`), never when found on its own: it could be an
 * "Add instance" form.
 */
export function findEditForm(
  clientId: string,
  near: Element | null,
  { mustShowClientId = false }: { mustShowClientId?: boolean } = {},
): EditForm | null {
  const opened = [...openDialogs(), ...(near?.isConnected ? [near] : [])].map((scope) => ({
    scope,
    own: mustShowClientId,
  }));
  const forms = pageForms().map((scope) => ({ scope, own: true }));
  const found = [...opened, ...forms].find(
    ({ scope, own }) =>
      hasSecretPart(scope) &&
      !formShowsOtherInstance(scope, clientId) &&
      (!own || showsClientId(scope, clientId)),
  );
  if (!found) return null;
  return {
    scope: found.scope,
    secretField: secretFieldIn(found.scope),
    secretPencil: secretPencilIn(found.scope),
  };
}

/** The form around a field the user picked: its dialog or <form>, else a few levels up. */
export function formAroundField(field: Element): Element {
  let scope: Element = field;
  let current = composedParent(field);
  for (let depth = 0; current && depth < 6; depth++, current = composedParent(current)) {
    scope = current;
    if (current.matches('form, [role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]'))
      break;
  }
  return scope;
}

/** The confirm to click now: the "Are you sure?" step's when it is open, else the form's own. */
export function findCurrentConfirm(form: Element): Element | null {
  const steps = openDialogs().filter((dialog) => dialog !== form && !dialog.contains(form));
  for (const dialog of steps.reverse()) {
    const confirm = findConfirmControl(dialog);
    if (confirm) return confirm;
  }
  return form.isConnected ? findConfirmControl(form) : null;
}
