/**
 * Finding VendorAuto's instance by its Client ID's VALUE, whatever the layout (table, cards,
 * list; the ID in text, a title or a read-only input; shortened on screen). Never guesses:
 * two instances that fit, or an ID shown in two places, is ambiguous.
 */
import {
  composedContains,
  composedParent,
  deepElements,
  isSeen,
  ownStrings,
} from '../../content/dom/deep';
import { findEditControls } from './controls';

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
      matchedBy: 'full' | 'short';
    }
  | { kind: 'none'; instancesSeen: number }
  | { kind: 'ambiguous'; count: number }
  | { kind: 'no-edit-control' };

/** Every place a Client ID (full or shortened) shows under `root`, and whether it fits `clientId`. */
export function findIdSightings(root: ParentNode, clientId: string): IdSighting[] {
  const hex = clientId.slice(PREFIX.length);
  const sightings: IdSighting[] = [];
  for (const element of deepElements(root)) {
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
    region = parent;
  }
  return region;
}

/** The smallest ancestor of the sighting that holds an edit control, staying inside its own region. */
type Editable = { container: Element; region: Element; editControl: Element };

function editableContainer(sighting: IdSighting, others: IdSighting[]): Editable | null {
  const region = instanceRegion(sighting.element, others);
  for (let current: Element | null = sighting.element; current; current = composedParent(current)) {
    const [control] = findEditControls(current);
    if (control) return { container: current, region, editControl: control };
    if (current === region) break;
  }
  return null;
}

export function findInstanceByClientId(
  clientId: string,
  root: ParentNode = document,
): InstanceMatch {
  // Only what the user can see counts: an off-screen or hidden row is no evidence of an instance.
  const sightings = findIdSightings(root, clientId).filter((s) => isSeen(s.element));
  const fitting = sightings.filter((s) => s.fits);
  const others = sightings.filter((s) => !s.fits);
  const full = fitting.filter((s) => s.form === 'full');
  // The full ID decides when shown; a shortened display counts only when no full ID is shown.
  const candidates = full.length > 0 ? full : fitting;
  const containers = groupByContainer(candidates, others);
  if (containers.length === 0) {
    return candidates.length > 0
      ? { kind: 'no-edit-control' }
      : { kind: 'none', instancesSeen: countInstances(sightings) };
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

function countInstances(sightings: IdSighting[]): number {
  return new Set(sightings.map((s) => s.id)).size;
}
