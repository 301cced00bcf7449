/**
 * Where the user is in Amazon's rotation, read from what they can see right now (`isSeen`),
 * wherever the console puts it: credentials in a modal, a drawer, an inline panel or a page of
 * their own; the warning stacked, in the same dialog or inline; a checkbox gating the confirm.
 * Values and structure first (a Client ID on screen, dialogs, roles), words second.
 */
import { composedAncestors, composedContains, deepElements, isSeen } from '../../content/dom/deep';
import { findClientIds } from '../../core/lwa';
import { isControl, isDisabledControl, isOpenDialog, labelMatches, labelOf } from './structure';
import { CANCEL_WORDS, COPY_WORDS, ROTATE_WORDS, SHOW_WORDS } from './vocabulary';

export type ConsoleView =
  | { kind: 'apps' }
  | { kind: 'credentials'; scope: Element; clientId: string; rotate: Element | null }
  | {
      kind: 'warning';
      scope: Element;
      confirm: Element;
      /** An unticked checkbox the confirm waits for (ring it first), or null. */
      gate: Element | null;
    };

/**
 * What the guide remembers of the user's clicks: the rotate controls that were on screen when
 * they chose "Rotate secret", so the confirm that appears afterwards is told from its opener even
 * when both carry the same label and nothing else marks the warning.
 */
export type FlowMemory = {
  rotateBeforeOpener: WeakSet<Element> | null;
  openerBox: DOMRect | null;
  /** An app without an expiry alert whose credentials the user opened instead of the due one's. */
  otherApp?: string | null;
};

/** Which part of the console is in front: the warning, the credentials, or the apps list. */
export function currentView(
  doc: Document = document,
  memory: FlowMemory = { rotateBeforeOpener: null, openerBox: null },
): ConsoleView {
  const seen = scanPage(doc);
  const scope = frontScope(doc, seen);
  const inScope = (element: Element) =>
    scope === doc.documentElement || composedContains(scope, element);
  const rotateControls = seen.rotate.filter(inScope);
  const confirm = rotateControls.find((control) => isConfirm(control, scope, memory));
  if (confirm) {
    const warning = warningScope(confirm, scope);
    return { kind: 'warning', scope: warning, confirm, gate: uncheckedGate(warning, confirm) };
  }
  const ids = new Set(seen.ids.filter((holder) => inScope(holder.element)).flatMap((h) => h.ids));
  const clientId = ids.size === 1 ? [...ids][0] : undefined;
  if (!clientId) return { kind: 'apps' };
  const rotate = rotateControls[0] ?? null;
  return {
    kind: 'credentials',
    scope: rotate ? credentialsScope(rotate, scope) : scope,
    clientId,
    rotate,
  };
}

/** The rotate controls on screen now, for `FlowMemory` at the user's click on one of them. */
export function seenRotateControls(doc: Document = document): Element[] {
  const seen = scanPage(doc);
  const scope = frontScope(doc, seen);
  return seen.rotate.filter(
    (control) => scope === doc.documentElement || composedContains(scope, control),
  );
}

type Scan = {
  dialogs: Element[];
  rotate: Element[];
  ids: { element: Element; ids: string[] }[];
};

/** One pass over the page (a 1,000-app console has ~15,000 elements): dialogs, rotate controls, Client IDs. */
function scanPage(doc: Document): Scan {
  const scan: Scan = { dialogs: [], rotate: [], ids: [] };
  for (const element of deepElements(doc)) {
    if (isOpenDialog(element)) {
      if (isSeen(element)) scan.dialogs.push(element);
    } else if (isControl(element)) {
      const root = element.getRootNode();
      if (root instanceof ShadowRoot && isControl(root.host)) continue;
      if (labelMatches(element, ROTATE_WORDS) && isSeen(element)) scan.rotate.push(element);
      continue;
    }
    const ids = clientIdsShownBy(element);
    if (ids.length > 0 && isSeen(element)) scan.ids.push({ element, ids });
  }
  return scan;
}

/** Client IDs in the element's own text, field value or Katal value attributes (cheap on 15,000 elements). */
function clientIdsShownBy(element: Element): string[] {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE && (node.textContent?.length ?? 0) >= 60)
      text += ` ${node.textContent}`;
  }
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
    text += ` ${element.value}`;
  if (element.hasAttributes()) {
    for (const name of CLIENT_ID_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value && value.length >= 60) text += ` ${value}`;
    }
  }
  return text.includes(CLIENT_ID_MARK) ? findClientIds(text) : [];
}

const CLIENT_ID_ATTRIBUTES = ['value', 'text', 'label', 'content'];
const CLIENT_ID_MARK = 'amzn1.application-oa2-client.';

/**
 * An open dialog covers the rest of the page: only what it holds can be clicked. The topmost
 * one that shows a Client ID or a rotate control is the front; otherwise the whole page.
 */
function frontScope(doc: Document, seen: Scan): Element {
  const dialogs = outermost(seen.dialogs);
  for (const dialog of [...dialogs].reverse()) {
    const holds = (element: Element) => composedContains(dialog, element);
    if (seen.rotate.some(holds) || seen.ids.some((holder) => holds(holder.element))) return dialog;
  }
  return doc.documentElement;
}

/** A Katal modal's host and the dialog inside its shadow root are one dialog: keep the host. */
function outermost(dialogs: Element[]): Element[] {
  return dialogs.filter(
    (dialog) => !dialogs.some((other) => other !== dialog && composedContains(other, dialog)),
  );
}

/**
 * Controls the user can see in `scope` whose label matches `words` (one per Katal host). Rotate
 * words are unanchored and checked cheaply first (a page has thousands of links); anchored word
 * lists (Show, Cancel) are tested on the whole label.
 */
function seenControls(scope: Element, words: RegExp): Element[] {
  const anchored = words.source.startsWith('^');
  const found: Element[] = [];
  for (const element of deepElements(scope)) {
    if (!isControl(element)) continue;
    const root = element.getRootNode();
    if (root instanceof ShadowRoot && isControl(root.host)) continue;
    const matches = anchored ? words.test(labelOf(element)) : labelMatches(element, words);
    if (matches && isSeen(element)) found.push(element);
  }
  return found;
}

/** Client IDs shown on screen in `scope`: text, field values and Katal value attributes. */
export function seenClientIds(scope: Element): string[] {
  const ids = new Set<string>();
  for (const element of [scope, ...deepElements(scope)]) {
    const found = clientIdsShownBy(element);
    if (found.length > 0 && isSeen(element)) for (const id of found) ids.add(id);
  }
  return [...ids];
}

/**
 * A rotate control is the warning's confirm when it appeared after the opener was chosen (and
 * is not the opener re-rendered in place), or when it sits in a warning: an alert, a dialog that
 * shows no Client ID, or beside a checkbox.
 */
function isConfirm(control: Element, scope: Element, memory: FlowMemory): boolean {
  if (memory.rotateBeforeOpener && !memory.rotateBeforeOpener.has(control)) {
    const box = control.getBoundingClientRect();
    const opener = memory.openerBox;
    const inPlace =
      opener !== null &&
      Math.abs(box.x + box.width / 2 - (opener.x + opener.width / 2)) < 4 &&
      Math.abs(box.y + box.height / 2 - (opener.y + opener.height / 2)) < 4;
    // In the opener's place: the confirm when the credentials gave way to the warning (no
    // Client ID left on screen), the opener re-rendered when they are still there.
    if (!inPlace || seenClientIds(scope).length === 0) return true;
  }
  for (const ancestor of composedAncestors(control)) {
    const role = ancestor.getAttribute('role');
    if (role === 'alert' || role === 'alertdialog') return true;
    if (ancestor === scope) break;
  }
  if (scope !== scope.ownerDocument.documentElement && seenClientIds(scope).length === 0)
    return true;
  return hasCheckboxNear(control, scope);
}

/**
 * The warning around its confirm: the smallest part that holds the checkbox or is an alert;
 * else the dialog in front; else the part that holds its Cancel.
 */
function warningScope(confirm: Element, scope: Element): Element {
  let withCancel: Element | null = null;
  let depth = 0;
  for (const ancestor of composedAncestors(confirm)) {
    if (ancestor === scope || depth++ > 6) break;
    const role = ancestor.getAttribute('role');
    if (hasCheckbox(ancestor) || role === 'alert' || role === 'alertdialog') return ancestor;
    if (!withCancel && seenControls(ancestor, CANCEL_WORDS).length > 0) withCancel = ancestor;
  }
  if (scope !== scope.ownerDocument.documentElement) return scope;
  return withCancel ?? scope;
}

function credentialsScope(rotate: Element, scope: Element): Element {
  for (const ancestor of composedAncestors(rotate)) {
    if (ancestor === scope) break;
    if (seenClientIds(ancestor).length === 1) return ancestor;
  }
  return scope;
}

function checkboxesIn(scope: Element): Element[] {
  return [...deepElements(scope)].filter(
    (element) =>
      (element instanceof HTMLInputElement && element.type === 'checkbox') ||
      element.getAttribute('role') === 'checkbox' ||
      element.tagName === 'KAT-CHECKBOX',
  );
}

function hasCheckbox(scope: Element): boolean {
  return checkboxesIn(scope).length > 0;
}

/** A checkbox closer to the control than any Client ID: the control is the warning's, not the opener. */
function hasCheckboxNear(control: Element, scope: Element): boolean {
  let depth = 0;
  for (const ancestor of composedAncestors(control)) {
    if (ancestor === scope || depth++ > 3) return false;
    if (seenClientIds(ancestor).length > 0) return false;
    if (checkboxesIn(ancestor).some(isSeenOrLabelled)) return true;
  }
  return false;
}

function isChecked(box: Element): boolean {
  if (box instanceof HTMLInputElement) return box.checked;
  const aria = box.getAttribute('aria-checked');
  if (aria !== null) return aria === 'true';
  return box.hasAttribute('checked') && box.getAttribute('checked') !== 'false';
}

/** A styled checkbox hides its input and shows its label: either one is something to click. */
function isSeenOrLabelled(box: Element): boolean {
  return isSeen(box) || (box instanceof HTMLInputElement && [...(box.labels ?? [])].some(isSeen));
}

/** The unticked checkbox the confirm waits for: what to ring (its label when the box itself is hidden). */
function uncheckedGate(warning: Element, confirm: Element): Element | null {
  const box = checkboxesIn(warning).find(
    (candidate) => !isChecked(candidate) && isSeenOrLabelled(candidate),
  );
  if (!box) return null;
  // A ticked-off confirm that is enabled needs no tick; a disabled one (or any unticked box) does.
  if (!isDisabledControl(confirm) && warning === confirm.ownerDocument.documentElement) return null;
  if (isSeen(box)) return box;
  return box instanceof HTMLInputElement ? ([...(box.labels ?? [])].find(isSeen) ?? null) : null;
}

/** The Show (or eye) control beside the masked new secret. */
/** The control that closes a panel (Close, ×, Schließen…), never one that acts. */
export function findCloseControl(panel: Element): Element | null {
  return seenControls(panel, CANCEL_WORDS)[0] ?? null;
}

export function findRevealControl(scope: Element): Element | null {
  return seenControls(scope, SHOW_WORDS)[0] ?? null;
}

/** Copy beside a masked secret: some consoles show the new secret only through it. */
export function findCopyControl(scope: Element): Element | null {
  return seenControls(scope, COPY_WORDS)[0] ?? null;
}

/** Kept for callers that only need the credentials' rotate control. */
export function findRotateControl(credentials: Element): Element | null {
  return seenControls(credentials, ROTATE_WORDS)[0] ?? null;
}

/** In the warning: the control with the opener's label (or rotate words), never Cancel. */
export function findConfirmRotateControl(
  warning: Element,
  openerLabel: string | null,
): Element | null {
  const controls = seenControls(warning, /./).filter((c) => !CANCEL_WORDS.test(labelOf(c)));
  return (
    controls.find((c) => openerLabel !== null && labelOf(c) === openerLabel) ??
    controls.find((c) => ROTATE_WORDS.test(labelOf(c))) ??
    null
  );
}

/**
 * After VendorAuto saved the new secret, the credentials panel that still shows it in clear is
 * closed (its own Close): nothing is left on screen, and the apps list is back for the next app.
 */
export function closeFinishedPanel(clientId: string, doc: Document = document): boolean {
  const view = currentView(doc);
  if (view.kind !== 'credentials' || view.clientId !== clientId) return false;
  const close = findCloseControl(view.scope);
  if (!(close instanceof HTMLElement)) return false;
  close.click();
  return true;
}
