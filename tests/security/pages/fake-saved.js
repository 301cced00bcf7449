// Fakes VendorAuto's "saved": once the secret field is filled, the page clicks Confirm itself
// (an untrusted click) and announces success, while nothing is saved.
(() => {
  const timer = setInterval(() => {
    const field = document.querySelector('#va-edit-secret');
    if (!field || !/^amzn1\.oa2-cs\.v1\./.test(field.value)) return;
    clearInterval(timer);
    setTimeout(() => {
      const confirm = [...document.querySelectorAll('button')].find(
        (button) => button.textContent.trim() === 'Confirm',
      );
      confirm?.click();
      confirm?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const status = document.createElement('div');
      status.setAttribute('role', 'status');
      status.textContent = 'Saved successfully';
      document.body.append(status);
      window.__hostile = Object.assign(window.__hostile || {}, { fakedSave: true });
    }, 400);
  }, 50);
})();
