import { describe, expect, it } from 'vitest';
import { fillField, isFillable } from '../../utils/content/dom/fill';

/** An input controlled the way React controls one: a value tracker on the element, a model updated only by input events. */
function controlledInput() {
  const input = document.createElement('input');
  document.body.append(input);
  const model = { value: '' };
  const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  let tracked = '';
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => native?.get?.call(input),
    set: (v: string) => {
      tracked = v;
      native?.set?.call(input, v);
    },
  });
  input.addEventListener('input', () => {
    if (input.value === tracked) return; // React: "nothing changed"
    tracked = input.value;
    model.value = input.value;
  });
  return { input, model };
}

describe('filling a framework-controlled field', () => {
  it('a plain assignment is lost to the framework', () => {
    const { input, model } = controlledInput();
    input.value = 'amzn1.oa2-cs.v1.plain';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(model.value).toBe('');
  });

  it('fillField reaches the framework model and fires input and change', () => {
    const { input, model } = controlledInput();
    const seen: string[] = [];
    input.addEventListener('change', () => seen.push('change'));
    document.body.addEventListener('input', () => seen.push('input (bubbled)'));
    expect(fillField(input, 'amzn1.oa2-cs.v1.new')).toBe(true);
    expect(model.value).toBe('amzn1.oa2-cs.v1.new');
    expect(seen).toEqual(['input (bubbled)', 'change']);
  });

  it('only fills text-like, enabled, writable fields', () => {
    const make = (html: string) => {
      document.body.innerHTML = html;
      return document.body.firstElementChild;
    };
    expect(isFillable(make('<input type="password">'))).toBe(true);
    expect(isFillable(make('<textarea></textarea>'))).toBe(true);
    expect(isFillable(make('<input readonly>'))).toBe(false);
    expect(isFillable(make('<input disabled>'))).toBe(false);
    expect(isFillable(make('<input type="checkbox">'))).toBe(false);
    expect(isFillable(make('<div contenteditable="true"></div>'))).toBe(false);
  });
});
