/**
 * When the instance is not among the rows on screen, look for it the way a person would: type
 * its Client ID into the list's own search box, else go through the pages, else scroll the
 * virtualised list a screen at a time. Each look is the same strict match as on a plain page
 * (findInstanceByClientId: what the user can see, full ID or a 4+4 shortened one, no twins).
 * When nothing fits, the user's view is put back (search text, page, scroll) and the result says
 * what was tried. Only the Client ID is typed, and only on the page the hand-off already trusted.
 */
import { isSeen } from '../../content/dom/deep';
import { type FillableField, fillField } from '../../content/dom/fill';
import { findIdSightings, findInstanceByClientId, type InstanceMatch } from './instances';
import { type Direction, findPageControl } from './pager';
import { findSearchBox, typeSearch } from './search-box';
import { settle, settleAfterChange } from './settle';
import { findVirtualScroller, scrollIntoScroller, scrollOneScreen } from './virtual-list';

/** Pages followed in each direction at most: a list of 50 pages is one no person pages through. */
const MAX_PAGES = 50;
/** Screens of a virtualised list read at most (50 rows a screen: 10,000 instances). */
const MAX_SCREENS = 200;

export type Tried = { searched: string[]; pages: number; scrolled: boolean };

export type Revealed = { match: InstanceMatch; tried: Tried };

type Options = { signal?: AbortSignal };

const PREFIX = 'amzn1.application-oa2-client.';

/** Elements showing any instance's Client ID: the list's rows, as far as the model can tell. */
function shownRows(clientId: string): Element[] {
  return findIdSightings(document, clientId, { skipEditable: true })
    .filter((sighting) => isSeen(sighting.element))
    .map((sighting) => sighting.element);
}

/** What the rows show now, to tell that a search, a page or a scroll changed them. */
function rowsSnapshot(clientId: string): () => string {
  return () =>
    findIdSightings(document, clientId, { skipEditable: true })
      .map((sighting) => sighting.id)
      .join(' ');
}

/**
 * Queries for the search box: the full Client ID; then what a list that shows IDs shortened
 * ("amzn1.application-oa2-client.1b28…6218") still matches in its own text, the last 4 hex digits.
 */
function searchQueries(clientId: string): string[] {
  return [clientId, clientId.slice(PREFIX.length).slice(-4)];
}

async function trySearch(
  clientId: string,
  rows: Element[],
  tried: Tried,
  { signal }: Options,
): Promise<InstanceMatch | null> {
  const box = findSearchBox(rows);
  if (!box) return null;
  const snapshot = rowsSnapshot(clientId);
  const oldText = box.value;
  for (const query of searchQueries(clientId)) {
    if (signal?.aborted) break;
    tried.searched.push(query);
    const before = snapshot();
    typeSearch(box, query);
    // Some lists search only on Enter.
    if (!(await settleAfterChange(snapshot, before, { signal, changeMs: 1500 }))) {
      typeSearch(box, query, { pressEnter: true });
      await settleAfterChange(snapshot, before, { signal, changeMs: 1500 });
    }
    const match = findInstanceByClientId(clientId);
    if (match.kind !== 'none') return match;
  }
  await restoreSearch(box, oldText, clientId, signal);
  return null;
}

async function restoreSearch(
  box: FillableField,
  oldText: string,
  clientId: string,
  signal?: AbortSignal,
): Promise<void> {
  const snapshot = rowsSnapshot(clientId);
  const before = snapshot();
  fillField(box, oldText);
  box.blur();
  await settleAfterChange(snapshot, before, { signal, changeMs: 1500 });
}

/** Turns one page; false when there is no further page or the click changed nothing. */
async function turnPage(direction: Direction, clientId: string, signal?: AbortSignal) {
  const control = findPageControl(direction);
  if (!control) return false;
  const snapshot = rowsSnapshot(clientId);
  const before = snapshot();
  control.click();
  return settleAfterChange(snapshot, before, { signal });
}

/**
 * Forward to the last page, back to where the user was, then back to the first page and forward
 * again: every page is read, and the user ends on their own page unless the instance was found.
 */
async function tryPages(
  clientId: string,
  tried: Tried,
  { signal }: Options,
): Promise<InstanceMatch | null> {
  for (const [away, home] of [
    ['next', 'previous'],
    ['previous', 'next'],
  ] as const) {
    let moved = 0;
    while (moved < MAX_PAGES && !signal?.aborted && (await turnPage(away, clientId, signal))) {
      moved++;
      tried.pages++;
      const match = findInstanceByClientId(clientId);
      if (match.kind !== 'none') return match;
    }
    for (let back = 0; back < moved; back++) {
      if (!(await turnPage(home, clientId))) break;
    }
  }
  return null;
}

async function tryScrolling(
  clientId: string,
  tried: Tried,
  { signal }: Options,
): Promise<InstanceMatch | null> {
  // Read afresh: a search or a page turn put back may have re-rendered the rows.
  const scroller = findVirtualScroller(shownRows(clientId));
  if (!scroller) return null;
  tried.scrolled = true;
  const userScrollTop = scroller.scrollTop;
  scroller.scrollTop = 0;
  await settle({ quietMs: 100, maxMs: 1000, signal });
  for (let screen = 0; screen < MAX_SCREENS && !signal?.aborted; screen++) {
    const match = findInstanceByClientId(clientId);
    if (match.kind === 'found' || match.kind === 'no-edit-control') {
      // Rows just outside the viewport are rendered too: bring this one into view, then read again.
      scrollIntoScroller(scroller, match.container);
      await settle({ quietMs: 100, maxMs: 1000, signal });
      return findInstanceByClientId(clientId);
    }
    if (match.kind !== 'none') return match;
    if (!scrollOneScreen(scroller)) break;
    await settle({ quietMs: 100, maxMs: 1000, signal });
  }
  scroller.scrollTop = userScrollTop;
  await settle({ quietMs: 100, maxMs: 1000 });
  return null;
}

/**
 * The instance with `clientId`, looked for beyond the rows on screen when it is not among them.
 * Any answer other than "none" (found, ambiguous, no edit control) ends the search where it is.
 */
export async function revealInstanceByClientId(
  clientId: string,
  options: Options = {},
): Promise<Revealed> {
  const tried: Tried = { searched: [], pages: 0, scrolled: false };
  const first = findInstanceByClientId(clientId);
  // No instance on screen at all: this is not a list of instances, and its search box is no filter of one.
  if (first.kind !== 'none' || first.instancesSeen === 0) return { match: first, tried };
  const match =
    (await trySearch(clientId, shownRows(clientId), tried, options)) ??
    (await tryPages(clientId, tried, options)) ??
    (await tryScrolling(clientId, tried, options)) ??
    findInstanceByClientId(clientId);
  return { match, tried };
}

/** "Searched the list for …; looked through 7 pages; scrolled through the whole list." Empty when nothing was tried. */
export function describeTried({ searched, pages, scrolled }: Tried, shortId: string): string {
  const parts: string[] = [];
  if (searched.length > 0) parts.push(`searched the list for ${shortId}`);
  if (pages > 0) parts.push(`looked through ${pages + 1} pages`);
  if (scrolled) parts.push('scrolled through the whole list');
  if (parts.length === 0) return '';
  const sentence = parts.join(', ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
