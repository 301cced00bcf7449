/**
 * Finding VendorAuto's instance by its Client ID's VALUE, whatever the layout (table, cards,
 * list; the ID in text, a title or a read-only input; shortened on screen). Never guesses:
 * two instances that fit, or an ID shown in two places, is ambiguous.
 */
import {
  composedContains,
  composedParent,
  deepElements,
  deepText,
  isSeen,
  ownStrings,
} from '../../content/dom/deep';
import { isFillable } from '../../content/dom/fill';
import { findEditControls, findMoreControls } from './controls';
import { pinnedTwins, rowOf, sameLineControls } from './rows';
import { isSearchBox } from './search-box';
import { SECRET_WORDS } from './vocabulary';

const PREFIX = 'amzn1.application-oa2-client.';
const FULL_ID = /amzn1\.application-oa2-client\.[0-9a-f]{32}(?![0-9a-f])/g;
/**
 * "amzn1.application-oa2-client.3f2a…9c1d", "...3f2a...9c1d", "3f2a***9c1d" after the prefix.
 * At least 4 hex digits on each side: fewer would let a page list every prefix and match any ID.
 */
const SHORT_ID =
  /amzn1\.application-oa2-client\.([0-9a-f]{4,27})\s*(?:…|\.{2,}|\*+|•+)\s*([0-9a-f]{4,27})(?![0-9a-f])/g;

export type IdSighting = { element: Element; form: 'full' | 'short'; fits: boolean; id: string };

export type InstanceMatch =
  | {
      kind: 'found';
      container: Element;
      region: Element;
      editControl: Element;
      opensBy: OpensBy;
      matchedBy: 'full' | 'short';
    }
  | { kind: 'none'; instancesSeen: number }
  | { kind: 'ambiguous'; count: number }
  | { kind: 'no-edit-control'; container: Element };

/** Every place a Client ID (full or shortened) shows under `root`, and whether it fits `clientId`. */
export function findIdSightings(
  root: ParentNode,
  clientId: string,
  { skipEditable = false }: { skipEditable?: boolean } = {},
): IdSighting[] {
  const hex = clientId.slice(PREFIX.length);
  const sightings: IdSighting[] = [];
  for (const element of deepElements(root)) {
    // What anyone can type (a search box holding the Client ID) is no evidence of an instance.
    if (skipEditable && isFillable(element)) continue;
    for (const text of ownStrings(element, 'all', PREFIX.length + 2)) {
      for (const match of text.matchAll(FULL_ID)) {
        sightings.push({ element, form: 'full', fits: match[0] === clientId, id: match[0] });
      }
      for (const match of text.matchAll(SHORT_ID)) {
        const [shown, head = '', tail = ''] = match;
        const fits = hex.startsWith(head) && hex.endsWith(tail) && head.length + tail.length < 32;
        sightings.push({ element, form: 'short', fits, id: shown });
      }
    }
  }
  return sightings;
}

/** The element that holds one instance: grows from the ID until the next step would take in another instance's ID. */
function instanceRegion(start: Element, others: IdSighting[]): Element {
  let region = start;
  for (
    let parent = composedParent(region);
    parent && parent !== document.documentElement;
    parent = composedParent(parent)
  ) {
    if (others.some((other) => composedContains(parent as Element, other.element))) break;
    // A list's search box is the list's, not one instance's: after a search leaves one row, the
    // row must not grow into the whole page.
    if ([...parent.querySelectorAll('input')].some(isSearchBox)) break;
    region = parent;
  }
  return region;
}

/**
 * How the instance's editor opens: its edit control (`edit`), an Edit item in its row's
 * "more actions" menu (`menu`), or a click on the row itself (`row`, rows that show no control).
 */
export type OpensBy = 'edit' | 'menu' | 'row';
type Editable = { container: Element; region: Element; editControl: Element; opensBy: OpensBy };

/** The smallest ancestor of the sighting that holds an edit control, staying inside its own region. */
function editableContainer(sighting: IdSighting, others: IdSighting[]): Editable | null {
  const region = instanceRegion(sighting.element, others);
  for (let current: Element | null = sighting.element; current; current = composedParent(current)) {
    const [control] = findEditControls(current);
    if (control) return { container: current, region, editControl: control, opensBy: 'edit' };
    if (current === region) break;
  }
  // Pinned action columns: the row's controls live in its other half, elsewhere on the page.
  const row = rowOf(sighting.element, region);
  const twins = row
    ? pinnedTwins(
        row,
        others.map((o) => o.element),
      )
    : [];
  const container = row ?? region;
  for (const twin of twins) {
    const [control] = findEditControls(twin);
    if (control) return { container, region, editControl: control, opensBy: 'edit' };
  }
  for (const scope of [region, ...twins]) {
    const more = findMoreControls(scope);
    if (more.length === 1 && more[0])
      return { container, region, editControl: more[0], opensBy: 'menu' };
  }
  if (!row && twins.length === 0) {
    // A grid of bare cells: the instance's controls are the ones on its line.
    const body = sighting.element.ownerDocument.body;
    const otherIds = others.map((o) => o.element);
    const [edit, ...moreEdits] = sameLineControls(region, findEditControls(body), otherIds);
    if (edit && moreEdits.length === 0)
      return { container, region, editControl: edit, opensBy: 'edit' };
    const [menu, ...moreMenus] = sameLineControls(region, findMoreControls(body), otherIds);
    if (menu && moreMenus.length === 0)
      return { container, region, editControl: menu, opensBy: 'menu' };
  }
  // A row that opens on click shows no control at all: the pointer over it says it is one.
  const clickable = clickableAround(sighting.element, region);
  if (clickable) return { container, region, editControl: clickable, opensBy: 'row' };
  return null;
}

function clickableAround(element: Element, region: Element): Element | null {
  if (!(element instanceof HTMLElement) || !isSeen(element)) return null;
  if (getComputedStyle(element).cursor !== 'pointer') return null;
  // The pointer must come from the instance's own part of the page, not from a page-wide wrapper.
  const outside = composedParent(region);
  if (outside instanceof HTMLElement && getComputedStyle(outside).cursor === 'pointer') return null;
  return element;
}

export function findInstanceByClientId(
  clientId: string,
  root: ParentNode = document,
): InstanceMatch {
  // Only what the user can see counts: an off-screen or hidden row is no evidence of an instance.
  const sightings = findIdSightings(root, clientId, { skipEditable: true }).filter((s) =>
    isSeen(s.element),
  );
  const fitting = withoutEditorCopies(sightings.filter((s) => s.fits));
  const others = sightings.filter((s) => !s.fits);
  const full = fitting.filter((s) => s.form === 'full');
  // The full ID decides when shown; a shortened display counts only when no full ID is shown.
  const candidates = full.length > 0 ? full : fitting;
  const containers = groupByContainer(candidates, others);
  if (containers.length === 0) {
    if (candidates.length === 0) return { kind: 'none', instancesSeen: countInstances(sightings) };
    const regions = new Set(candidates.map((c) => instanceRegion(c.element, others)));
    const [container] = regions;
    if (regions.size > 1 || !container) return { kind: 'ambiguous', count: regions.size };
    return { kind: 'no-edit-control', container };
  }
  if (containers.length > 1) return { kind: 'ambiguous', count: containers.length };
  // A shortened display must fit exactly one instance on the whole page: another instance
  // shown only shortened with the same ends would also have matched.
  if (full.length === 0 && fitting.length > 0) {
    const shortFits = groupByContainer(fitting, others);
    if (shortFits.length !== 1) return { kind: 'ambiguous', count: shortFits.length };
  }
  const [only] = containers;
  if (!only) return { kind: 'none', instancesSeen: 0 };
  return { kind: 'found', ...only, matchedBy: full.length > 0 ? 'full' : 'short' };
}

function groupByContainer(sightings: IdSighting[], others: IdSighting[]): Editable[] {
  const groups: Editable[] = [];
  for (const sighting of sightings) {
    const found = editableContainer(sighting, others);
    if (!found) continue;
    const sameInstance = groups.find(
      (g) =>
        g.editControl === found.editControl ||
        composedContains(g.container, found.container) ||
        composedContains(found.container, g.container),
    );
    if (!sameInstance) groups.push(found);
  }
  return groups;
}

const EDITOR = 'form, [role="dialog"], [role="form"], dialog, [aria-modal="true"]';

/**
 * An open editor repeats the Client ID of the instance it edits (a read-only field): that copy
 * is the editor's, not another instance. It is dropped while the instance also shows outside it.
 */
function withoutEditorCopies(fitting: IdSighting[]): IdSighting[] {
  const inEditor = (s: IdSighting) => {
    const editor = s.element.closest(EDITOR);
    return editor !== null && SECRET_WORDS.test(deepText(editor));
  };
  const outside = fitting.filter((s) => !inEditor(s));
  return outside.length > 0 ? outside : fitting;
}

function countInstances(sightings: IdSighting[]): number {
  return new Set(sightings.map((s) => s.id)).size;
}
