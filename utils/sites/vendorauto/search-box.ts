/**
 * The Instances list's own search or filter box: an `<input type="search">`, a `role=searchbox`,
 * or a text input whose label, placeholder or name says search/filter/find. Only the Client ID
 * is ever typed into it (never the secret).
 */
import { composedParent, controlName, deepElements, isSeen } from '../../content/dom/deep';
import { type FillableField, fillField, isFillable } from '../../content/dom/fill';
import { SEARCH_WORDS } from './vocabulary';

export function isSearchBox(element: Element): element is HTMLInputElement {
  if (!(element instanceof HTMLInputElement) || !isFillable(element)) return false;
  if (element.type === 'search' || element.getAttribute('role') === 'searchbox') return true;
  const labels = Array.from(element.labels ?? [], (label) => label.textContent);
  const names = [...labels, element.placeholder, element.name, element.id, controlName(element)];
  return element.type !== 'password' && SEARCH_WORDS.test(names.join(' '));
}

/**
 * The search box that belongs to the list showing `rows` (elements showing instances' IDs): of
 * several (a site-wide search in the header, the list's own filter), the one that shares the
 * closest ancestor with the rows. A field in an open dialog is a form's, never the list's.
 */
export function findSearchBox(rows: Element[]): FillableField | null {
  let best: HTMLInputElement | null = null;
  let bestDepth = Number.POSITIVE_INFINITY;
  for (const box of deepElements(document)) {
    if (!isSearchBox(box) || !isSeen(box) || box.closest('[role="dialog"], dialog')) continue;
    let depth = 0;
    let around = composedParent(box);
    while (around && !rows.some((row) => around?.contains(row))) {
      around = composedParent(around);
      depth++;
    }
    if (around && depth < bestDepth) [best, bestDepth] = [box, depth];
  }
  return best;
}

/**
 * Types `query` into the box the way a person's typing reaches the page's framework; lists that
 * search only on Enter get a synthetic Enter too (an untrusted key event never submits a form).
 */
export function typeSearch(box: FillableField, query: string, pressEnter = false): void {
  fillField(box, query);
  for (const type of pressEnter ? ['keydown', 'keyup'] : []) {
    box.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', keyCode: 13, bubbles: true }));
  }
}
