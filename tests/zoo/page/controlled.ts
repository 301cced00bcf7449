/**
 * How framework-controlled inputs take a value: React's value tracker, Vue's v-model, Angular's
 * DefaultValueAccessor. The app's model is the truth; saving reads the model, never the DOM.
 */
export type Model = { value: string };

const nativeValue = Object.getOwnPropertyDescriptor(
  HTMLInputElement.prototype,
  'value',
) as PropertyDescriptor;

export function bindInput(
  input: HTMLInputElement,
  model: Model,
  kind: 'react' | 'vue' | 'angular',
): void {
  nativeValue.set?.call(input, model.value);
  if (kind === 'react') {
    // React tracks the last value it (or main-world code) set through the element's own
    // `value` property; an input event whose value equals it is ignored and the model restored.
    let tracked = model.value;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => nativeValue.get?.call(input),
      set: (next: string) => {
        tracked = String(next);
        nativeValue.set?.call(input, next);
      },
    });
    input.addEventListener('input', () => {
      const live = nativeValue.get?.call(input) as string;
      if (live !== tracked) {
        tracked = live;
        model.value = live;
      } else nativeValue.set?.call(input, model.value);
    });
    return;
  }
  input.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing) return;
    model.value = nativeValue.get?.call(input) as string;
  });
  if (kind === 'angular') {
    input.addEventListener('blur', () => input.classList.add('ng-touched'));
    input.classList.add('ng-untouched', 'ng-pristine', 'ng-valid');
  }
}
