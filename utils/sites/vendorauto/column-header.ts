/**
 * A field or control in a table whose only label is the column header above it: an inline row
 * edit puts an unlabelled input under "Client Secret". The header is found by `aria-colindex`,
 * else by position (the one header the cell sits under), which also holds when kits render the
 * header in a table of its own (Element UI, AG Grid). `<td>` indexes are not trusted: a
 * `colspan` or a pinned column shifts them.
 */
import { deepText } from '../../content/dom/deep';

const CELL = 'td, [role="gridcell"], [role="cell"]';
const TABLE = 'table, [role="grid"], [role="table"], [role="treegrid"]';
const HEADER = 'th, [role="columnheader"]';
/** Levels above the cell's table to look for a header rendered apart from it. */
const HEADER_SEARCH_DEPTH = 4;

function headersAround(cell: Element): Element[] {
  let scope: Element | null = cell.closest(TABLE) ?? cell.parentElement;
  for (let depth = 0; scope && depth < HEADER_SEARCH_DEPTH; depth++) {
    const headers = [...scope.querySelectorAll(HEADER)];
    if (headers.length > 0) return headers;
    scope = scope.parentElement;
  }
  return [];
}

/** The header above the cell that covers most of its width: a cell spanning several columns has none. */
function headerAbove(cell: Element, headers: Element[]): Element | undefined {
  const box = cell.getBoundingClientRect();
  if (box.width === 0) return undefined;
  return headers.findLast((header) => {
    const r = header.getBoundingClientRect();
    const overlap = Math.min(r.right, box.right) - Math.max(r.left, box.left);
    return r.bottom <= box.top + 1 && overlap > 0.6 * box.width;
  });
}

/** The text of the column header over `element`'s cell, or '' when it is in no table cell. */
export function columnHeaderText(element: Element): string {
  const cell = element.closest(CELL);
  if (!cell) return '';
  const headers = headersAround(cell);
  const index = cell.getAttribute('aria-colindex');
  const header =
    (index ? headers.find((h) => h.getAttribute('aria-colindex') === index) : undefined) ??
    headerAbove(cell, headers);
  return header ? deepText(header) : '';
}

/** Whether `element` is part of a table or grid (a row, a cell), not a container around one. */
export function isInTable(element: Element): boolean {
  return element.parentElement?.closest(TABLE) != null;
}
