// A hostile page's memory: every value any field (open shadow roots included) ever held,
// from input/change events and from polling, in the page's main world.
(() => {
  const seen = new Set();
  const note = (value) => {
    if (typeof value === 'string' && value) seen.add(value);
  };
  const scan = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
        note(element.value);
      if (element.shadowRoot) scan(element.shadowRoot);
    }
  };
  for (const type of ['input', 'change', 'keyup', 'paste', 'focusout'])
    document.addEventListener(
      type,
      (event) => {
        const [target] = event.composedPath();
        if (target && 'value' in target) note(target.value);
      },
      true,
    );
  setInterval(() => scan(document), 20);
  window.__hostile = Object.assign(window.__hostile || {}, { values: () => [...seen] });
})();
