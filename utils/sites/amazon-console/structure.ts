/**
 * Structural landmarks of the console, independent of its framework (Katal web components
 * in Seller Central, React with hashed classes in Vendor Central): roles, tags and the
 * attributes Katal uses. Never class names.
 */
import {
  composedAncestors,
  composedContains,
  controlName,
  deepElements,
  deepText,
  isSeen,
  isVisible,
} from '../../content/dom/deep';
import { ERROR_WORDS } from './vocabulary';

const ROW_TAGS = new Set(['TR', 'KAT-TABLE-ROW']);
const CELL_TAGS = new Set(['TD', 'TH', 'KAT-TABLE-CELL']);
const HEADER_TAGS = new Set(['TH']);
const CONTROL_TAGS = new Set(['BUTTON', 'A', 'KAT-BUTTON', 'KAT-LINK', 'SUMMARY']);

export function isRow(element: Element): boolean {
  return element.getAttribute('role') === 'row' || ROW_TAGS.has(element.tagName);
}

export function isCell(element: Element): boolean {
  const role = element.getAttribute('role');
  return (
    role === 'cell' ||
    role === 'gridcell' ||
    role === 'columnheader' ||
    role === 'rowheader' ||
    CELL_TAGS.has(element.tagName)
  );
}

export function isHeaderCell(element: Element): boolean {
  return (
    element.getAttribute('role') === 'columnheader' ||
    HEADER_TAGS.has(element.tagName) ||
    insideTag(element, 'KAT-TABLE-HEAD')
  );
}

function insideTag(element: Element, tag: string): boolean {
  for (const ancestor of composedAncestors(element)) if (ancestor.tagName === tag) return true;
  return false;
}

/** The cells of a row, wherever the framework nests them (kat-table-cell, td, role=cell). */
export function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];
  const visit = (parent: Element) => {
    for (const child of Array.from(parent.children)) {
      if (isCell(child)) cells.push(child);
      else if (!isRow(child)) visit(child);
    }
  };
  visit(row);
  return cells;
}

export function isControl(element: Element): boolean {
  const role = element.getAttribute('role');
  return CONTROL_TAGS.has(element.tagName) || role === 'button' || role === 'link';
}

/** The control a click landed on, from the event's composed path (clicks inside shadow roots included). */
export function clickedControl(event: Event): Element | null {
  for (const target of event.composedPath()) {
    if (!(target instanceof Element)) continue;
    if (isControl(target)) {
      // A Katal host wraps the real <button>: report the host, which carries the label.
      const host =
        target.getRootNode() instanceof ShadowRoot
          ? (target.getRootNode() as ShadowRoot).host
          : null;
      return host && isControl(host) ? host : target;
    }
  }
  return null;
}

export function isDisabledControl(control: Element): boolean {
  if (control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true')
    return true;
  const inner = control.shadowRoot?.querySelector('button');
  return inner instanceof HTMLButtonElement && inner.disabled;
}

/**
 * Whether a control's label matches `words`, checked cheaply first: pages have thousands of
 * links, and reading each one's full label (shadow roots included) is what costs.
 */
export function labelMatches(control: Element, words: RegExp): boolean {
  const quick = `${control.getAttribute('label') ?? ''} ${control.getAttribute('aria-label') ?? ''} ${control.textContent ?? ''}`;
  if (quick.trim() && !control.shadowRoot) return words.test(quick) && words.test(labelOf(control));
  return words.test(labelOf(control));
}

export function labelOf(control: Element): string {
  return controlName(control).replace(/\s+/g, ' ').trim();
}

/** Open dialogs: Katal modals with visible="true", ARIA dialogs and native <dialog open>. */
export function openDialogs(root: ParentNode = document): Element[] {
  const dialogs: Element[] = [];
  for (const element of deepElements(root))
    if (isOpenDialog(element) && isSeen(element)) dialogs.push(element);
  return dialogs;
}

/** Marked as an open dialog (whether the user can see it is `isSeen`'s question). */
export function isOpenDialog(element: Element): boolean {
  const role = element.getAttribute('role');
  return (
    (element.tagName === 'KAT-MODAL' && element.getAttribute('visible') === 'true') ||
    ((role === 'dialog' || role === 'alertdialog') &&
      element.getAttribute('aria-hidden') !== 'true') ||
    (element instanceof HTMLDialogElement && element.open)
  );
}

export function enclosingDialog(element: Element): Element | null {
  const dialogs = openDialogs();
  let best: Element | null = null;
  for (const dialog of dialogs) {
    // The innermost dialog wins when modals nest.
    if (composedContains(dialog, element) && (!best || composedContains(best, dialog)))
      best = dialog;
  }
  return best;
}

/** Error notices on the page now: alerts that say something failed, or Katal alerts of a danger variant. */
export function errorNotices(root: ParentNode = document): Element[] {
  return [...deepElements(root)].filter(isErrorNotice);
}

const NOTICE_SELECTOR = '[role="alert"], [aria-live="assertive"], kat-alert';

/**
 * The same, cheaper on a large page: every notice inside `scope` (shadow roots included) and
 * the page's own light-DOM notices (toasts, banners), without walking every shadow root.
 */
export function errorNoticesAround(scope: ParentNode, doc: Document = document): Element[] {
  const light = [...doc.querySelectorAll(NOTICE_SELECTOR)].filter(isErrorNotice);
  return [...new Set([...errorNotices(scope), ...light])];
}

function isErrorNotice(element: Element): boolean {
  const role = element.getAttribute('role');
  const variant = element.getAttribute('variant') ?? element.getAttribute('type') ?? '';
  const announces =
    role === 'alert' ||
    element.getAttribute('aria-live') === 'assertive' ||
    element.tagName === 'KAT-ALERT';
  // Rendered is enough here (not `isSeen`): a notice that ends a capture errs on the safe side.
  if (!announces || !isVisible(element)) return false;
  return /danger|error/i.test(variant) || ERROR_WORDS.test(deepText(element));
}
