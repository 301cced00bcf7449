/**
 * The Instances list's own search or filter box: an `<input type="search">`, a `role=searchbox`,
 * or a text input whose label, placeholder or name says search/filter/find. Only the Client ID
 * is ever typed into it (never the secret), and its old text is put back when nothing fits.
 */
import { composedParent, deepElements, isSeen } from '../../content/dom/deep';
import { type FillableField, fillField, isFillable } from '../../content/dom/fill';
import { openEditors } from './edit-form';
import { SEARCH_WORDS } from './vocabulary';

function describes(field: HTMLInputElement): string {
  const labelled = (field.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => field.ownerDocument.getElementById(id)?.textContent ?? '');
  return [
    ...Array.from(field.labels ?? [], (label) => label.textContent ?? ''),
    ...labelled,
    field.placeholder,
    field.name,
    field.id,
    field.getAttribute('aria-label') ?? '',
    field.title,
  ].join(' ');
}

function isSearchBox(element: Element): element is HTMLInputElement {
  if (!(element instanceof HTMLInputElement) || !isFillable(element)) return false;
  if (element.type === 'search' || element.getAttribute('role') === 'searchbox') return true;
  return (element.type === 'text' || element.type === '') && SEARCH_WORDS.test(describes(element));
}

/** How many levels up from `box` the nearest of `rows` shares an ancestor with it. */
function distanceToRows(box: Element, rows: Element[]): number {
  let depth = 0;
  for (let current = composedParent(box); current; current = composedParent(current), depth++) {
    const ancestor = current;
    if (rows.some((row) => ancestor.contains(row))) return depth;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The search box that belongs to the list showing `rows` (elements showing instances' IDs): of
 * several (a site-wide search in the header, the list's own filter), the one nearest the rows.
 * Boxes inside an open editor are a form's fields, never the list's search.
 */
export function findSearchBox(rows: Element[]): FillableField | null {
  const editors = [...openEditors()];
  const boxes = [...deepElements(document)].filter(
    (element): element is HTMLInputElement =>
      isSearchBox(element) &&
      isSeen(element) &&
      !editors.some((editor) => editor.contains(element) && !editor.contains(rows[0] ?? null)),
  );
  let best: HTMLInputElement | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const box of boxes) {
    const distance = distanceToRows(box, rows);
    if (distance < bestDistance) [best, bestDistance] = [box, distance];
  }
  return best;
}

/**
 * Types `query` into the box the way a person's typing reaches the page's framework. Lists that
 * search only on Enter get a synthetic Enter too: an untrusted key event never submits a form.
 */
export function typeSearch(
  box: FillableField,
  query: string,
  { pressEnter = false } = {},
): boolean {
  const typed = fillField(box, query);
  if (pressEnter) {
    for (const type of ['keydown', 'keyup'] as const) {
      box.dispatchEvent(
        new KeyboardEvent(type, { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true }),
      );
    }
  }
  return typed;
}
