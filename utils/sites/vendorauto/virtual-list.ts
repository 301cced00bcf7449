/**
 * A virtualised list renders only the rows near its viewport: a scroll container (or the page
 * itself) whose content is far taller than the rows it holds right now. Reading it means
 * scrolling it a screen at a time, as a person would, and reading the rows at each step.
 */
import { composedParent } from '../../content/dom/deep';

/** Rendered rows that span less than this share of the scrollable height leave the rest unrendered. */
const RENDERED_SHARE = 0.75;

function scrollsVertically(element: Element): boolean {
  const overflow = getComputedStyle(element).overflowY;
  return (
    (overflow === 'auto' || overflow === 'scroll') && element.scrollHeight > element.clientHeight
  );
}

function verticalSpan(rows: Element[]): number {
  const boxes = rows.map((row) => row.getBoundingClientRect()).filter((box) => box.height > 0);
  if (boxes.length === 0) return 0;
  const top = Math.min(...boxes.map((box) => box.top));
  const bottom = Math.max(...boxes.map((box) => box.bottom));
  // One row's height more: the rows' IDs are a line inside each row, not the whole row.
  return bottom - top + Math.max(...boxes.map((box) => box.height)) * 2;
}

/**
 * The scroll container holding `rows` (elements showing instances' IDs) whose scrollable height
 * the rendered rows come nowhere near filling; else the page, when it is the one scrolling such
 * a list. Null for a list that is fully rendered: scrolling it would show nothing new.
 */
export function findVirtualScroller(rows: Element[]): Element | null {
  const [first] = rows;
  if (!first) return null;
  const span = verticalSpan(rows);
  for (let current = composedParent(first); current; current = composedParent(current)) {
    const container = current;
    if (container === document.body || container === document.documentElement) break;
    if (!rows.every((row) => container.contains(row))) continue;
    if (scrollsVertically(container)) {
      return span < container.scrollHeight * RENDERED_SHARE ? container : null;
    }
  }
  const page = document.scrollingElement;
  if (!page || page.scrollHeight <= page.clientHeight) return null;
  return span < page.scrollHeight * RENDERED_SHARE ? page : null;
}

/** One screen further down; false at the end. A little overlap so no row falls between two screens. */
export function scrollOneScreen(scroller: Element): boolean {
  const before = scroller.scrollTop;
  scroller.scrollTop = before + Math.max(1, Math.floor(scroller.clientHeight * 0.9));
  return scroller.scrollTop > before;
}

/** Scrolls the least that brings `element` fully into the scroller's view (a ring around it must show). */
export function scrollIntoScroller(scroller: Element, element: Element): void {
  const view =
    scroller === document.scrollingElement
      ? { top: 0, bottom: window.innerHeight }
      : scroller.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  if (box.top < view.top) scroller.scrollTop -= view.top - box.top;
  else if (box.bottom > view.bottom) scroller.scrollTop += box.bottom - view.bottom;
}
