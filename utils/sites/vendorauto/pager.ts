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

/** A pager control's name is a word or an arrow, not a sentence ("See what's next for you"). */
const SHORT_NAME = 25;

/** The control and the <li> around it: AntD and Bootstrap name and disable the item, not the button. */
function withItem(control: Element): Element[] {
  const item = composedParent(control);
  return item?.tagName === 'LI' ? [control, item] : [control];
}

/** A link that loads another document would end the search with the page: only in-page controls. */
function staysOnPage(control: Element): boolean {
  const href = control.tagName === 'A' ? control.getAttribute('href') : null;
  return !href || href.startsWith('#') || href.startsWith('javascript:');
}

function pointsTo(control: Element, next: boolean): boolean {
  const words = next ? NEXT_PAGE_WORDS : PREVIOUS_PAGE_WORDS;
  return withItem(control).some(
    (part) =>
      part.getAttribute('rel') === (next ? 'next' : 'prev') ||
      [controlLabel(part), part.getAttribute('title') ?? ''].some(
        (name) => name.length <= SHORT_NAME && words.test(name.trim()),
      ) ||
      (next ? /\bnext\b/ : /\bprev\b/).test(iconNameWords(part.className.toString())),
  );
}

/** In a numbered pager: the control for the page after (or before) the one marked current. */
function numberedNeighbour(next: boolean): Element | undefined {
  // Site navigation marks its current link too: the pager's current item is a number.
  const current = [...deepElements(document)].find(
    (e) => e.getAttribute('aria-current') === 'page' && /^\d+$/.test(deepText(e)) && isSeen(e),
  );
  if (!current) return undefined;
  const wanted = String(Number(deepText(current)) + (next ? 1 : -1));
  const pager = composedParent(composedParent(current) ?? current) ?? current;
  return [...deepElements(pager)].find(
    (e) => isControl(e) && staysOnPage(e) && deepText(e) === wanted && isSeen(e),
  );
}

/**
 * The enabled control that goes one page in `direction`, outside any open dialog (a wizard's
 * "Next" is no pager). Null when there is none, or when it is disabled: the list ends there.
 */
export function findPageControl(direction: Direction): HTMLElement | null {
  const next = direction === 'next';
  const dialogs = openDialogs();
  const control =
    [...deepElements(document)].find(
      (e) =>
        isControl(e) &&
        staysOnPage(e) &&
        pointsTo(e, next) &&
        isSeen(e) &&
        !dialogs.some((dialog) => dialog.contains(e)),
    ) ?? numberedNeighbour(next);
  const off =
    control &&
    withItem(control).some(
      (part) => isDisabled(part) || /\bdisabled\b/.test(iconNameWords(part.className.toString())),
    );
  return control instanceof HTMLElement && !off ? control : null;
}
