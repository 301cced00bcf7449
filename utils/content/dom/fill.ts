/**
 * Filling a field so that the page's framework keeps the value (research/vendorauto.md):
 * React and friends track an input's value themselves, so a plain `el.value = x` is lost
 * on save. Setting through the prototype's native setter and then dispatching bubbling
 * `input` and `change` events is what a user's typing looks like to them.
 */
export type FillableField = HTMLInputElement | HTMLTextAreaElement;

export function isFillable(element: Element | null): element is FillableField {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement))
    return false;
  if (element.disabled || element.readOnly) return false;
  if (element instanceof HTMLInputElement) {
    return ['text', 'password', 'search', ''].includes(element.type);
  }
  return true;
}

export function fillField(field: FillableField, value: string): boolean {
  const prototype =
    field instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  const nativeSetter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (!nativeSetter) return false;
  field.focus({ preventScroll: true });
  field.dispatchEvent(new Event('focus'));
  nativeSetter.call(field, value);
  field.dispatchEvent(
    new InputEvent('input', {
      bubbles: true,
      composed: true,
      inputType: 'insertReplacementText',
      data: value,
    }),
  );
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return field.value === value;
}
