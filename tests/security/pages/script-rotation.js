// The page presses Rotate secret and its confirm by script (untrusted contextmenu and click
// events), so the console then shows a new secret the user never asked for.
(() => {
  const press = (host) => {
    const target = host.shadowRoot?.querySelector('button') ?? host;
    target.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true }));
    target.click();
  };
  const rotateButtons = () =>
    [...document.querySelectorAll('kat-modal[visible="true"] kat-button')].filter(
      (button) => button.getAttribute('label') === 'Rotate secret',
    );
  const waitFor = (test) =>
    new Promise((resolve) => {
      const timer = setInterval(() => {
        if (test()) {
          clearInterval(timer);
          resolve();
        }
      }, 50);
    });
  window.__hostile = Object.assign(window.__hostile || {}, {
    async rotateByScript() {
      await waitFor(() => rotateButtons().length === 1);
      press(rotateButtons()[0]);
      await waitFor(() => rotateButtons().length === 2);
      press(rotateButtons()[1]);
      await waitFor(() => window.__fixture.rotations.length === 1);
    },
  });
})();
