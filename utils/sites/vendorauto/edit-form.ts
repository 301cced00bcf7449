/**
 * VendorAuto's edit form for one instance: where it is (modal or inline), its Client Secret
 * field (masked until its own pencil is clicked), and that it belongs to the right instance.
 */
import { composedParent, deepElements, deepText, isSeen } from '../../content/dom/deep';
import { type FillableField, isFillable } from '../../content/dom/fill';
import { columnHeaderText, isInTable } from './column-header';
import { findConfirmControl, findEditControls } from './controls';
import { findIdSightings } from './instances';
import { MASKED_VALUE, SECRET_WORDS } from './vocabulary';

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
    // autocomplete "off"/"on" says nothing about what the field is.
    const autocomplete = /^(?:on|off)$/i.test(field.autocomplete) ? '' : field.autocomplete;
    parts.push(field.placeholder, field.name, field.id, autocomplete);
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
  // An inline row edit: the column header above the field is its label.
  const header = columnHeaderText(field);
  if (header) return header;
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
  return isFillable(element) && isSeen(element) && SECRET_WORDS.test(fieldLabel(element));
}

const ownText = (element: Element) =>
  Array.from(element.childNodes)
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent ?? '')
    .join(' ');

/** Elements whose own text names the secret ("Client Secret", "LWA Client Secret"). */
function secretLabels(scope: Element): Element[] {
  return [...deepElements(scope)].filter((element) => {
    if (!isSeen(element)) return false;
    const own = ownText(element);
    return SECRET_WORDS.test(own) && own.trim().length < 60;
  });
}

/**
 * A form that names its secret only once it is open (a placeholder) shows it before as a row of
 * dots beside "Change". The one masked value of the form is then where the secret's way in is;
 * two masked values could be any two credentials, and neither is guessed.
 */
function maskedValueIn(scope: Element): Element | null {
  const masked = [...deepElements(scope)].filter(
    (element) => isSeen(element) && MASKED_VALUE.test(ownText(element).trim()),
  );
  return masked.length === 1 ? (masked[0] ?? null) : null;
}

/** The one edit control within two levels of `anchor` ("Change", a pencil), else null. */
function controlBeside(anchor: Element, scope: Element): Element | null {
  let current: Element | null = anchor;
  for (let depth = 0; current && depth < 3; depth++, current = composedParent(current)) {
    const controls = findEditControls(current);
    if (controls.length > 0) return controls.length === 1 ? (controls[0] ?? null) : null;
    if (current === scope) break;
  }
  return null;
}

export function secretFieldIn(scope: Element): FillableField | null {
  const fields = [...deepElements(scope)].filter(isSecretField);
  return fields.length === 1 ? (fields[0] ?? null) : null;
}

/** The edit control nearest to the Client Secret label, or the one under a "Client Secret" column header. */
export function secretPencilIn(scope: Element): Element | null {
  for (const label of secretLabels(scope)) {
    let current: Element | null = label;
    for (let depth = 0; current && depth < 4; depth++, current = composedParent(current)) {
      const [nearest] = findEditControls(current);
      if (nearest) return nearest;
      if (current === scope) break;
    }
  }
  if (secretLabels(scope).length === 0) {
    const masked = maskedValueIn(scope);
    const beside = masked ? controlBeside(masked, scope) : null;
    if (beside) return beside;
  }
  // Only a row's (or cell's) own controls: a page-wide form around the whole table is no one row.
  if (!isInTable(scope)) return null;
  const underHeader = findEditControls(scope).filter((control) =>
    SECRET_WORDS.test(columnHeaderText(control)),
  );
  return underHeader.length === 1 ? (underHeader[0] ?? null) : null;
}

export function openDialogs(): Element[] {
  return [...deepElements(document)].filter((element) => {
    const role = element.getAttribute('role');
    const isDialog =
      role === 'dialog' ||
      role === 'alertdialog' ||
      element.getAttribute('aria-modal') === 'true' ||
      (element instanceof HTMLDialogElement && element.open) ||
      isPopconfirm(element, role);
    return isDialog && isSeen(element);
  });
}

/**
 * "Are you sure?" as a popconfirm (AntD, Element Plus, MUI poppers): a tooltip, or an open native
 * popover, that holds buttons. A tooltip only names; one with buttons asks.
 */
function isPopconfirm(element: Element, role: string | null): boolean {
  if (role !== 'tooltip' && !(element.hasAttribute('popover') && element.matches(':popover-open')))
    return false;
  return element.querySelector('button, [role="button"]') !== null;
}

/** Which instance the form shows: refuse a form that names another Client ID. */
export function formShowsOtherInstance(scope: Element, clientId: string): boolean {
  const sightings = findIdSightings(scope, clientId);
  return sightings.length > 0 && !sightings.some((s) => s.fits);
}

function hasSecretPart(scope: Element): boolean {
  return (
    secretLabels(scope).length > 0 ||
    secretFieldIn(scope) !== null ||
    secretPencilIn(scope) !== null
  );
}

function showsClientId(scope: Element, clientId: string): boolean {
  return findIdSightings(scope, clientId).some((s) => s.fits);
}

function pageForms(): Element[] {
  return [...deepElements(document)].filter(
    (element) =>
      (element.tagName === 'FORM' || element.getAttribute('role') === 'form') && isSeen(element),
  );
}

/** The page's open dialogs and forms: what was already there before a click opened an editor. */
export function openEditors(): Set<Element> {
  return new Set([...openDialogs(), ...pageForms()]);
}

/**
 * The open edit form for the instance: a dialog or form with a Client Secret part that shows
 * this Client ID, or the region around `near` (the instance's own container, for inline
 * editing). A form that names another Client ID is never it. One that names none counts only
 * when it provably opened from this instance's edit: it was not open in `openedAfter`, the
 * editors open just before that click. Without that proof it could be an "Add instance" form,
 * or a decoy the page keeps ready.
 */
export function findEditForm(
  clientId: string,
  near: Element | null,
  { openedAfter }: { openedAfter?: Set<Element> } = {},
): EditForm | null {
  const candidates = [
    ...(near?.isConnected ? [{ scope: near, proven: true }] : []),
    ...[...openDialogs(), ...pageForms()].map((scope) => ({
      scope,
      proven: openedAfter !== undefined && !openedAfter.has(scope),
    })),
  ];
  const found = candidates.find(
    ({ scope, proven }) =>
      hasSecretPart(scope) &&
      !formShowsOtherInstance(scope, clientId) &&
      (proven || showsClientId(scope, clientId)),
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
