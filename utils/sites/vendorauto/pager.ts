/**
 * A paginated list's pager, read the way kits render it: a "next page" control by `rel=next`,
 * its name or tooltip (MUI "Go to next page", AG Grid "Next Page", Bootstrap "Next" with »),
 * the class word kits give it (Element UI `btn-next`, AntD `ant-pagination-next` on its <li>),
 * or, in a numbered pager, the number after the current page (`aria-current="page"`).
 */
import { composedParent, deepElements, deepText, isSeen } from '../../content/dom/deep';
import { controlLabel, isControl, isDisabled } from './controls';
import { openDialogs } from './edit-form';
import { iconNameWords, NEXT_PAGE_WORDS, PREVIOUS_PAGE_WORDS } from './vocabulary';

export type Direction = 'next' | 'previous';

const WORDS: Record<Direction, RegExp> = { next: NEXT_PAGE_WORDS, previous: PREVIOUS_PAGE_WORDS };
const CLASS_WORD: Record<Direction, RegExp> = { next: /\bnext\b/, previous: /\bprev(?:ious)?\b/ };
const REL: Record<Direction, string> = { next: 'next', previous: 'prev' };

/** The control and the item around it (AntD and Bootstrap name and disable the <li>, not the button). */
function withItem(control: Element): Element[] {
  const item = composedParent(control);
  return item?.tagName === 'LI' ? [control, item] : [control];
}

/** A link that loads another document would end the search with the page: only in-page controls. */
function staysOnPage(control: Element): boolean {
  if (control.tagName !== 'A' || !control.hasAttribute('href')) return true;
  const href = control.getAttribute('href') ?? '';
  return href === '' || href.startsWith('#') || href.startsWith('javascript:');
}

/** A pager control's name is a word or an arrow, not a sentence ("See what's next for you"). */
const SHORT_NAME = 25;

function pointsTo(control: Element, direction: Direction): boolean {
  const parts = withItem(control);
  if (parts.some((part) => part.getAttribute('rel')?.split(/\s+/).includes(REL[direction])))
    return true;
  const names = parts.flatMap((part) => [controlLabel(part), part.getAttribute('title') ?? '']);
  if (names.some((name) => name.length <= SHORT_NAME && WORDS[direction].test(name.trim())))
    return true;
  return parts.some((part) => CLASS_WORD[direction].test(iconNameWords(part.className.toString())));
}

/** Disabled by attribute, or by the class kits put on the control or its item ("disabled", "ant-pagination-disabled"). */
function isOff(control: Element): boolean {
  return withItem(control).some(
    (part) => isDisabled(part) || /\bdisabled\b/.test(iconNameWords(part.className.toString())),
  );
}

/** In a numbered pager: the control for the page after (or before) the one marked current. */
function numberedNeighbour(direction: Direction): Element | null {
  // Site navigation marks its current link too: the pager's current item is a number.
  const current = [...deepElements(document)].find(
    (element) =>
      element.getAttribute('aria-current') === 'page' &&
      /^\d+$/.test(deepText(element)) &&
      isSeen(element),
  );
  if (!current) return null;
  const number = Number.parseInt(deepText(current), 10);
  const wanted = String(direction === 'next' ? number + 1 : number - 1);
  let pager: Element | null = composedParent(current);
  for (let depth = 0; pager && depth < 3; depth++, pager = composedParent(pager)) {
    const found = [...deepElements(pager)].find(
      (element) =>
        isControl(element) &&
        staysOnPage(element) &&
        deepText(element) === wanted &&
        isSeen(element),
    );
    if (found) return found;
  }
  return null;
}

/**
 * The enabled control that goes one page in `direction`, outside any open dialog (a wizard's
 * "Next" is no pager). Null when there is none, or when it is disabled: the list ends there.
 */
export function findPageControl(direction: Direction): HTMLElement | null {
  const dialogs = openDialogs();
  const controls = [...deepElements(document)].filter(
    (element) =>
      isControl(element) &&
      staysOnPage(element) &&
      pointsTo(element, direction) &&
      isSeen(element) &&
      !dialogs.some((dialog) => dialog.contains(element)),
  );
  // A pager shows one such control; two (a pager above and below the list) do the same thing.
  const control = controls[0] ?? numberedNeighbour(direction);
  if (!(control instanceof HTMLElement) || isOff(control)) return null;
  return control;
}
