/**
 * A virtualised list renders only the rows near its viewport: a scroll container (or the page
 * itself) whose content is far taller than the rows it holds right now. Reading it means
 * scrolling it a screen at a time, as a person would, and reading the rows at each step.
 */
import { composedParent } from '../../content/dom/deep';

/** Rows that span less than this share of the page's height leave the rest of the list unrendered. */
const RENDERED_SHARE = 0.75;

/**
 * The scroll container holding `rows` (elements showing instances' IDs) when its content far
 * exceeds its height; else the page, when the rendered rows come nowhere near filling it (a
 * list virtualised against the window). Null for a page that is simply long: its rows are all
 * rendered, and scrolling it would show nothing new.
 */
export function findVirtualScroller(rows: Element[]): Element | null {
  for (let current = composedParent(rows[0] ?? document.body); current; ) {
    if (current === document.body) break;
    const overflow = getComputedStyle(current).overflowY;
    if (
      (overflow === 'auto' || overflow === 'scroll') &&
      current.scrollHeight > current.clientHeight &&
      rows.every((row) => current?.contains(row))
    )
      return current.scrollHeight > 2 * current.clientHeight ? current : null;
    current = composedParent(current);
  }
  const boxes = rows.map((row) => row.getBoundingClientRect());
  // Two rows' height more: an ID is one line inside its row, not the whole row.
  const span =
    Math.max(...boxes.map((box) => box.bottom + 2 * box.height)) -
    Math.min(...boxes.map((box) => box.top));
  const page = document.scrollingElement;
  return page && span < page.scrollHeight * RENDERED_SHARE ? page : null;
}

/** One screen further down, a little overlap so no row falls between two screens; false at the end. */
export function scrollOneScreen(scroller: Element): boolean {
  const before = scroller.scrollTop;
  scroller.scrollTop = before + Math.max(1, Math.floor(scroller.clientHeight * 0.9));
  return scroller.scrollTop > before;
}
