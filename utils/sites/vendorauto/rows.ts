/**
 * A list row's other half. Data grids that pin an actions column render it apart from the row's
 * cells: Element UI copies the whole table into `el-table__fixed-right`, MUI DataGrid and AG Grid
 * keep pinned cells in their own container. The halves share a row key (`row-index`,
 * `aria-rowindex`, `data-row-key`, `data-id`) or, failing that, their index among their
 * siblings; and a person sees them side by side, so the key must be confirmed by position.
 */
import { deepElements, isSeen } from '../../content/dom/deep';

/** Attributes grids put on both halves of a row (AG Grid, ARIA grids, AntD, MUI, TanStack). */
const ROW_KEYS = [
  'row-index',
  'row-id',
  'aria-rowindex',
  'data-row-key',
  'data-rowindex',
  'data-id',
  'data-index',
  'data-key',
];

function isRow(element: Element): boolean {
  return (
    element.tagName === 'TR' ||
    element.getAttribute('role') === 'row' ||
    ROW_KEYS.some((key) => element.hasAttribute(key))
  );
}

/** The row that holds `element`, staying inside `region` (the instance's own part of the page). */
export function rowOf(element: Element, region: Element): Element | null {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (isRow(current)) return current;
    if (current === region) break;
  }
  return null;
}

/** The vertical bands of two boxes overlap by most of the smaller one: the same line on screen. */
function sameLine(a: DOMRect, b: DOMRect): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return overlap > 0.6 * Math.min(a.height, b.height);
}

function siblingIndex(row: Element): number {
  const parent = row.parentElement;
  if (!parent) return -1;
  return Array.from(parent.children)
    .filter((child) => child.tagName === row.tagName)
    .indexOf(row);
}

/**
 * The other half of `row`, rendered elsewhere: the same key (or the same index among its
 * siblings, for tables that repeat rows without keys), on the same line, and not part of this
 * row. `excluded` elements (other instances' IDs) must not be in it.
 */
export function pinnedTwins(row: Element, excluded: Element[]): Element[] {
  const rect = row.getBoundingClientRect();
  if (rect.height === 0) return [];
  const keys = ROW_KEYS.filter((key) => row.hasAttribute(key)).map(
    (key) => [key, row.getAttribute(key)] as const,
  );
  const index = siblingIndex(row);
  const twins: Element[] = [];
  for (const other of deepElements(row.ownerDocument)) {
    if (other === row || other.tagName !== row.tagName || !isRow(other)) continue;
    if (other.contains(row) || row.contains(other)) continue;
    const sameKey =
      keys.length > 0
        ? keys.some(([key, value]) => other.getAttribute(key) === value)
        : siblingIndex(other) === index && other.parentElement !== row.parentElement;
    if (!sameKey || !isSeen(other)) continue;
    if (!sameLine(rect, other.getBoundingClientRect())) continue;
    if (excluded.some((element) => other.contains(element))) continue;
    twins.push(other);
  }
  return twins;
}

/**
 * Rows with no row element (a CSS grid of cells): the controls on the same line as `anchor`,
 * when no other instance shows on that line. A person reads such a grid line by line too.
 */
export function sameLineControls(
  anchor: Element,
  controls: Element[],
  otherInstances: Element[],
): Element[] {
  const rect = anchor.getBoundingClientRect();
  if (rect.height === 0) return [];
  if (otherInstances.some((other) => sameLine(rect, other.getBoundingClientRect()))) return [];
  return controls.filter(
    (control) => !anchor.contains(control) && sameLine(rect, control.getBoundingClientRect()),
  );
}
