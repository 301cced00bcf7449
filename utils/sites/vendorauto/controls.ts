/**
 * VendorAuto's controls, recognised by role, label, title and icon words, never by layout
 * classes alone: icon-only pencils (svg, <i class="fa fa-pencil">), Confirm/Save, Cancel.
 */
import { controlName, deepElements, deepText, isVisible } from '../../content/dom/deep';
import { CANCEL_WORDS, CONFIRM_WORDS, EDIT_WORDS } from './vocabulary';

const CONTROL_SELECTOR_TAGS = new Set(['BUTTON', 'A']);

export function isControl(element: Element): boolean {
  const role = element.getAttribute('role');
  if (CONTROL_SELECTOR_TAGS.has(element.tagName)) return true;
  if (element instanceof HTMLInputElement) return ['button', 'submit'].includes(element.type);
  return role === 'button' || role === 'menuitem' || element.hasAttribute('data-action');
}

/** Words an icon-only control carries: its name and text, data attributes, and its icon's class, name and <use> reference. */
function iconWords(control: Element): string {
  const words: string[] = [
    controlName(control),
    // Icon fonts draw "edit" from the text itself (Material ligatures), whatever the title says.
    deepText(control).slice(0, 40),
    control.getAttribute('data-action') ?? '',
    control.getAttribute('data-testid') ?? '',
  ];
  for (const element of [control, ...deepElements(control)]) {
    words.push(
      element.getAttribute('class') ?? '',
      element.getAttribute('data-icon') ?? '',
      element.getAttribute('name') ?? '',
    );
    const href = element.getAttribute('href') ?? element.getAttribute('xlink:href');
    if (element.tagName.toLowerCase() === 'use' && href) words.push(href);
  }
  return words.join(' ');
}

export function isEditControl(element: Element): boolean {
  if (!isControl(element) || isDisabled(element)) return false;
  if (CANCEL_WORDS.test(controlName(element))) return false;
  return EDIT_WORDS.test(iconWords(element));
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

export function isDisabled(control: Element): boolean {
  return control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true';
}

export function isConfirmControl(element: Element): boolean {
  if (!isControl(element) || !isVisible(element)) return false;
  const name = controlName(element).trim();
  return CONFIRM_WORDS.test(name) && !CANCEL_WORDS.test(name) && !EDIT_WORDS.test(name);
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
