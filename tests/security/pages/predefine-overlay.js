// Takes the extension's custom element name first, with a closed shadow root of the page's own.
customElements.define(
  'lwa-rotator-overlay',
  class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'closed' });
    }
  },
);
