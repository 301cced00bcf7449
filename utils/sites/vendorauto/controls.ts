/**
 * VendorAuto's controls, recognised by role, label, title and icon words, never by layout
 * classes alone: icon-only pencils (svg, <i class="fa fa-pencil">), Confirm/Save, Cancel.
 */
import { controlName, deepElements, deepText, isSeen, isVisible } from '../../content/dom/deep';
import {
  CANCEL_WORDS,
  CONFIRM_WORDS,
  DESTRUCTIVE_WORDS,
  EDIT_WORDS,
  ICON_ATTRIBUTES,
  iconNameWords,
  isMorePath,
  isPencilPath,
  MORE_WORDS,
  NAME_ATTRIBUTES,
} from './vocabulary';

const CONTROL_SELECTOR_TAGS = new Set(['BUTTON', 'A']);

export function isControl(element: Element): boolean {
  const role = element.getAttribute('role');
  if (CONTROL_SELECTOR_TAGS.has(element.tagName)) return true;
  if (element instanceof HTMLInputElement) return ['button', 'submit'].includes(element.type);
  return role === 'button' || role === 'menuitem' || element.hasAttribute('data-action');
}

/** The name a person hears or sees in a tooltip: ARIA, title, the tooltip attributes kits use, aria-describedby. */
export function controlLabel(control: Element): string {
  const names = NAME_ATTRIBUTES.map((name) => control.getAttribute(name) ?? '');
  for (const id of (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) {
    names.push(control.ownerDocument.getElementById(id)?.textContent ?? '');
  }
  names.push(controlName(control));
  return names.join(' ').replace(/\s+/g, ' ').trim();
}

/** Words an icon-only control carries: its names, ligature text, and its icons' names and <use> references, split into words. */
function iconWords(control: Element): string {
  // Icon fonts draw "edit" from the text itself (Material ligatures), whatever the title says.
  const words: string[] = [controlLabel(control), deepText(control).slice(0, 40)];
  for (const element of [control, ...deepElements(control)]) {
    for (const name of ICON_ATTRIBUTES) words.push(element.getAttribute(name) ?? '');
    const href = element.getAttribute('href') ?? element.getAttribute('xlink:href');
    if (element.tagName.toLowerCase() === 'use' && href) words.push(href);
  }
  return iconNameWords(words.join(' '));
}

/** An unnamed icon drawn with one of the well-known paths (vocabulary.ts). */
function drawsPath(control: Element, matches: (d: string) => boolean): boolean {
  for (const element of deepElements(control)) {
    if (element.tagName.toLowerCase() !== 'path') continue;
    if (matches(element.getAttribute('d') ?? '')) return true;
  }
  return false;
}

/** Whether this is a destructive control (delete, remove, disconnect): never clicked, never ringed as an edit. */
export function isDestructiveControl(element: Element): boolean {
  return DESTRUCTIVE_WORDS.test(iconWords(element));
}

export function isEditControl(element: Element): boolean {
  if (!isControl(element) || isDisabled(element)) return false;
  if (CANCEL_WORDS.test(controlName(element))) return false;
  const words = iconWords(element);
  if (DESTRUCTIVE_WORDS.test(words)) return false;
  return EDIT_WORDS.test(words) || drawsPath(element, isPencilPath);
}

/** A kebab / "more actions" control, for rows whose Edit is a menu item. */
export function isMoreControl(element: Element): boolean {
  if (!isControl(element) || isDisabled(element) || !isVisible(element)) return false;
  const words = iconWords(element);
  if (DESTRUCTIVE_WORDS.test(words)) return false;
  const popup = element.getAttribute('aria-haspopup');
  if (popup === 'menu' || popup === 'true') return true;
  if (EDIT_WORDS.test(words)) return false;
  return MORE_WORDS.test(words) || drawsPath(element, isMorePath);
}

export function findEditControls(scope: Element): Element[] {
  const found = [...(isEditControl(scope) ? [scope] : []), ...deepElements(scope)].filter(
    isEditControl,
  );
  return found.filter(
    (control) =>
      isVisible(control) && !found.some((other) => other !== control && other.contains(control)),
  );
}

export function findMoreControls(scope: Element): Element[] {
  return [scope, ...deepElements(scope)].filter(isMoreControl);
}

export function isDisabled(control: Element): boolean {
  return control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true';
}

export function isConfirmControl(element: Element): boolean {
  if (!isControl(element) || !isVisible(element)) return false;
  const name = controlName(element).trim();
  // "Confirm change" confirms; "Edit" and "Change" alone open something.
  const leadsWithConfirm = /^(?:confirm|yes|save|update|replace|apply|submit|ok|done)\b/i.test(
    name,
  );
  return (
    CONFIRM_WORDS.test(name) &&
    !CANCEL_WORDS.test(name) &&
    (leadsWithConfirm || !EDIT_WORDS.test(name))
  );
}

export function isCancelControl(element: Element): boolean {
  return isControl(element) && CANCEL_WORDS.test(controlName(element).trim());
}

/** The one confirm control in `scope`, preferring the primary/submit one when there are several. */
export function findConfirmControl(scope: Element): Element | null {
  const controls = [...deepElements(scope)].filter(isConfirmControl);
  if (controls.length <= 1) return controls[0] ?? null;
  const submit = controls.filter(
    (c) =>
      (c instanceof HTMLButtonElement && c.type === 'submit') ||
      /primary/i.test(c.getAttribute('class') ?? ''),
  );
  return submit.length === 1
    ? (submit[0] ?? null)
    : (controls.find((c) => /confirm/i.test(deepText(c))) ?? controls[0] ?? null);
}

/** The Edit item of a "more actions" menu open right now (role=menu), when there is exactly one. */
export function openMenuEditItem(doc: Document = document): Element | null {
  const items = [...deepElements(doc)]
    .filter((element) => element.getAttribute('role') === 'menu' && isSeen(element))
    .flatMap((menu) => findEditControls(menu));
  return items.length === 1 ? (items[0] ?? null) : null;
}
