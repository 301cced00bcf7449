// A page that does not know the Client ID: one row per 2-hex prefix ("amzn1.application-oa2-client.XX…"),
// each with a pencil, and a Client Secret field waiting for whatever the extension types.
// <html data-mode>: "offscreen" (rows and an always-open dialog at left:-10000px),
// "title-only" (the IDs only in title attributes of hidden elements), "two-hex" (visible rows).
(() => {
  const mode = document.documentElement.dataset.mode;
  const PREFIX = 'amzn1.application-oa2-client.';
  const list = document.getElementById('instances');
  const el = (tag, attributes = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  };
  const secretDialog = (label, hidden) =>
    el(
      'div',
      {
        role: 'dialog',
        'aria-modal': 'true',
        'aria-label': 'Edit instance',
        style: hidden
          ? 'position:fixed;left:-10000px;top:0;width:400px'
          : 'position:fixed;left:200px;top:120px;width:400px;background:#fff;border:1px solid #888;padding:16px',
      },
      el('h2', {}, label),
      el('label', { for: 'client-secret' }, 'Client Secret'),
      el('input', { id: 'client-secret', type: 'text', name: 'clientSecret' }),
      el('button', { type: 'button' }, 'Confirm'),
    );
  if (mode === 'offscreen') {
    list.style.cssText = 'position:absolute;left:-10000px;top:0';
    document.body.append(secretDialog('Edit instance', true));
  }
  for (let n = 0; n < 256; n++) {
    const hex = n.toString(16).padStart(2, '0');
    const shortId = `${PREFIX}${hex}…`;
    const pencil = el(
      'button',
      { type: 'button', 'aria-label': 'Edit instance' },
      el('span', { 'data-icon': 'pencil' }),
    );
    const idCell =
      mode === 'title-only'
        ? el('span', {}, `Instance ${hex}`, el('span', { hidden: '', title: shortId }))
        : el('code', {}, shortId);
    if (mode !== 'offscreen')
      pencil.addEventListener('click', () => {
        document.querySelector('[role="dialog"]')?.remove();
        document.body.append(
          secretDialog(mode === 'two-hex' ? `Edit ${shortId}` : `Edit instance ${hex}`, false),
        );
      });
    list.append(
      el(
        'div',
        { role: 'row' },
        el('span', { role: 'cell' }, idCell),
        el('span', { role: 'cell' }, pencil),
      ),
    );
  }
})();
