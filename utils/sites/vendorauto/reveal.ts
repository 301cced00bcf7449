/**
 * Bringing an instance that is not on screen into view, the way a person would: the page's own
 * search box with the Client ID (not secret), then its pagination, then scrolling a virtualised
 * list. When nothing fits, the user's search text, page and scroll position are put back.
 */
import { controlName, deepElements, isSeen } from '../../content/dom/deep';
import { fillField, isFillable } from '../../content/dom/fill';
import { waitFor } from '../../content/dom/wait';
import { isControl, isDisabled } from './controls';
import { findInstanceByClientId, type InstanceMatch } from './instances';

const SEARCH_WORDS = /\b(?:search|filter|find|suche|rechercher|buscar|cerca)\b/i;
const NEXT_WORDS = /^(?:next|next page|go to next page|›|»|>|→)$|\bnext\b/i;
const PREVIOUS_WORDS =
  /^(?:previous|prev|previous page|go to previous page|‹|«|<|←)$|\bprev(?:ious)?\b/i;
const MAX_PAGES = 60;
const MAX_SCROLLS = 120;
const SETTLE_MS = 700;

type Settled = (match: InstanceMatch) => boolean;
const decided: Settled = (match) => match.kind !== 'none';

function searchBox(): HTMLInputElement | null {
  const boxes = [...deepElements(document)].filter(
    (element): element is HTMLInputElement =>
      element instanceof HTMLInputElement &&
      isFillable(element) &&
      isSeen(element) &&
      !element.closest('form[role="dialog"], [role="dialog"]') &&
      (element.type === 'search' ||
        element.getAttribute('role') === 'searchbox' ||
        SEARCH_WORDS.test(
          `${element.placeholder} ${element.getAttribute('aria-label') ?? ''} ${element.name}`,
        )),
  );
  return boxes.length === 1 ? (boxes[0] ?? null) : null;
}

function pagerControl(words: RegExp): HTMLElement | null {
  const controls = [...deepElements(document)].filter(
    (element): element is HTMLElement =>
      element instanceof HTMLElement &&
      isControl(element) &&
      isSeen(element) &&
      words.test(controlName(element).trim()),
  );
  return controls.length === 1 ? (controls[0] ?? null) : null;
}

async function settle(clientId: string, signal?: AbortSignal): Promise<InstanceMatch> {
  const match = await waitFor(
    () => {
      const found = findInstanceByClientId(clientId);
      return decided(found) ? found : null;
    },
    { timeoutMs: SETTLE_MS, signal },
  );
  return match ?? findInstanceByClientId(clientId);
}

async function bySearch(clientId: string, signal?: AbortSignal): Promise<InstanceMatch | null> {
  const box = searchBox();
  if (!box) return null;
  const before = box.value;
  fillField(box, clientId);
  const match = await settle(clientId, signal);
  if (decided(match)) return match;
  fillField(box, before);
  await settle(clientId, signal);
  return null;
}

async function byPaging(clientId: string, signal?: AbortSignal): Promise<InstanceMatch | null> {
  let moved = 0;
  for (; moved < MAX_PAGES && !signal?.aborted; moved++) {
    const next = pagerControl(NEXT_WORDS);
    if (!next || isDisabled(next)) break;
    next.click();
    const match = await settle(clientId, signal);
    if (decided(match)) return match;
  }
  // Nothing fits: back to the page the user was on.
  for (let back = 0; back < moved; back++) {
    const previous = pagerControl(PREVIOUS_WORDS);
    if (!previous || isDisabled(previous)) break;
    previous.click();
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  return null;
}

/** Scrollable boxes that hold instances: a virtualised list renders only the rows in view. */
function scrollers(): HTMLElement[] {
  return [...deepElements(document)].filter(
    (element): element is HTMLElement =>
      element instanceof HTMLElement &&
      element.scrollHeight > element.clientHeight + 20 &&
      /auto|scroll/.test(getComputedStyle(element).overflowY) &&
      isSeen(element),
  );
}

async function byScrolling(clientId: string, signal?: AbortSignal): Promise<InstanceMatch | null> {
  for (const scroller of scrollers()) {
    const start = scroller.scrollTop;
    scroller.scrollTop = 0;
    for (let step = 0; step < MAX_SCROLLS && !signal?.aborted; step++) {
      await new Promise((resolve) => setTimeout(resolve, 120));
      const match = findInstanceByClientId(clientId);
      if (decided(match)) {
        const settled = await settle(clientId, signal);
        if (decided(settled)) return settled;
      }
      const top = scroller.scrollTop;
      if (top + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      scroller.scrollTop = top + Math.max(40, scroller.clientHeight * 0.6);
    }
    scroller.scrollTop = start;
  }
  return null;
}

/** Looks beyond the screen; returns the match once the instance (or an ambiguity) shows, else null with the view restored. */
export async function revealInstance(
  clientId: string,
  signal?: AbortSignal,
): Promise<InstanceMatch | null> {
  return (
    (await bySearch(clientId, signal)) ??
    (await byPaging(clientId, signal)) ??
    (await byScrolling(clientId, signal))
  );
}
