/**
 * When the instance is not among the rows on screen, look for it the way a person would: type
 * its Client ID into the list's own search box, else go through the pages, else scroll the
 * virtualised list a screen at a time. Each look is the same strict match as on a plain page
 * (findInstanceByClientId: what the user can see, full ID or a 4+4 shortened one, no twins).
 * When nothing fits, the user's view is put back (search text, page, scroll) and the result says
 * what was tried. Only the Client ID is typed, and only on the page the hand-off already trusted.
 */
import { i18n } from '#i18n';
import { fillField } from '../../content/dom/fill';
import { findIdSightings, findInstanceByClientId, type InstanceMatch } from './instances';
import { findPageControl } from './pager';
import { findSearchBox, typeSearch } from './search-box';
import { settleRows } from './settle';
import { findVirtualScroller, scrollOneScreen } from './virtual-list';

/** Pages followed each way at most: a list of 50 pages is one no person pages through. */
const MAX_PAGES = 50;
/** Screens of a virtualised list read at most (50 rows a screen: 10,000 instances). */
const MAX_SCREENS = 200;

export type Tried = { searched: boolean; pages: number; scrolled: boolean };
export type Revealed = { match: InstanceMatch; tried: Tried };

type Look = { clientId: string; tried: Tried; signal?: AbortSignal | undefined };
type Found = Exclude<InstanceMatch, { kind: 'none' }> | null;

/** Elements showing any instance's Client ID: the list's rows, as far as the model can tell. */
const shownIds = (clientId: string) => findIdSightings(document, clientId, { skipEditable: true });
const rowsOf = (clientId: string) => () =>
  shownIds(clientId)
    .map((s) => s.id)
    .join();
/** The match, unless it is "none": then the caller looks further. */
const unlessNone = (match: InstanceMatch): Found => (match.kind === 'none' ? null : match);

/**
 * The full Client ID; then what a list that shows IDs shortened ("…client.1b28…6218") still
 * finds in its own text: the last 4 hex digits. A hit is matched as strictly as any other row.
 */
async function trySearch({ clientId, tried, signal }: Look): Promise<Found> {
  const box = findSearchBox(shownIds(clientId).map((s) => s.element));
  if (!box) return null;
  tried.searched = true;
  const rows = rowsOf(clientId);
  const oldText = box.value;
  for (const query of [clientId, clientId.slice(-4)]) {
    const before = rows();
    typeSearch(box, query);
    // Some lists search only on Enter.
    if (!(await settleRows(rows, before, signal, 1500))) {
      typeSearch(box, query, true);
      await settleRows(rows, before, signal, 1500);
    }
    // A list echoes the query ("No instance matches amzn1…"): an ID with no instance controls is that echo.
    const found = unlessNone(findInstanceByClientId(clientId));
    if (found?.kind === 'found' || found?.kind === 'ambiguous' || signal?.aborted) return found;
  }
  const before = rows();
  fillField(box, oldText);
  box.blur();
  await settleRows(rows, before, signal, 1500);
  return null;
}

/** Turns one page; false when there is no further page or the click changed nothing. */
async function turnPage(next: boolean, { clientId, signal }: Look): Promise<boolean> {
  const control = findPageControl(next ? 'next' : 'previous');
  const rows = rowsOf(clientId);
  const before = rows();
  control?.click();
  return control !== null && (await settleRows(rows, before, signal));
}

/**
 * Forward to the last page and back to where the user was, then back to the first page and
 * forward again: every page is read, and the user ends on their own page if nothing fits.
 */
async function tryPages(look: Look): Promise<Found> {
  for (const away of [true, false]) {
    let moved = 0;
    while (moved < MAX_PAGES && !look.signal?.aborted && (await turnPage(away, look))) {
      moved++;
      look.tried.pages++;
      const found = unlessNone(findInstanceByClientId(look.clientId));
      if (found) return found;
    }
    while (moved-- > 0 && (await turnPage(!away, { ...look, signal: undefined })));
  }
  return null;
}

async function tryScrolling({ clientId, tried, signal }: Look): Promise<InstanceMatch | null> {
  const scroller = findVirtualScroller(shownIds(clientId).map((s) => s.element));
  if (!scroller) return null;
  tried.scrolled = true;
  const rows = rowsOf(clientId);
  const userScrollTop = scroller.scrollTop;
  scroller.scrollTop = 0;
  for (let screen = 0; screen < MAX_SCREENS && !signal?.aborted; screen++) {
    await settleRows(rows, null, signal);
    const found = unlessNone(findInstanceByClientId(clientId));
    if (found?.kind === 'ambiguous') return found;
    if (found) {
      // Rows just outside the viewport are rendered too: bring this one into view, read again.
      found.container.scrollIntoView({ block: 'nearest' });
      await settleRows(rows, null, signal);
      return findInstanceByClientId(clientId);
    }
    if (!scrollOneScreen(scroller)) break;
  }
  scroller.scrollTop = userScrollTop;
  await settleRows(rows, null);
  return null;
}

/**
 * The instance with `clientId`, looked for beyond the rows on screen when it is not among them.
 * Any answer other than "none" (found, ambiguous, no edit control) ends the search where it is.
 */
export async function revealInstanceByClientId(
  clientId: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Revealed> {
  const look: Look = { clientId, signal, tried: { searched: false, pages: 0, scrolled: false } };
  const first = findInstanceByClientId(clientId);
  // No instance on screen at all: not a list of instances, and its search box filters none.
  if (first.kind !== 'none' || first.instancesSeen === 0)
    return { match: first, tried: look.tried };
  const match =
    (await trySearch(look)) ??
    (await tryPages(look)) ??
    (await tryScrolling(look)) ??
    findInstanceByClientId(clientId);
  return { match, tried: look.tried };
}

/** "Searched the list for …, looked through 7 pages, scrolled through the whole list." or ''. */
export function describeTried({ searched, pages, scrolled }: Tried, shortId: string): string {
  const parts = [
    searched && i18n.t('va.tried.searched', { clientId: shortId }),
    pages > 0 && i18n.t('va.tried.pages', pages + 1),
    scrolled && i18n.t('va.tried.scrolled'),
  ].filter(Boolean);
  return parts.length > 0 ? i18n.t('va.tried.sentence', { parts: parts.join(', ') }) : '';
}
