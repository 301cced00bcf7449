// An inline credentials panel rendered as a table row under the app the user viewed, the way some
// consoles do: its first cell holds "Client secret", the secret itself, a Hide button and the date.
// window.__hostileInlineRow(format): 'legacy' (64 bare hex) or 'prefixed-upper' ("[AMZN1.OA2-CS.V1.…]").
(() => {
  const hex = () =>
    Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
  window.__hostileInlineRow = (format) => {
    const secret = format === 'legacy' ? hex() : `[AMZN1.OA2-CS.V1.${hex().toUpperCase()}]`;
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('en-US', {
      month: 'short',
      day: 'numeric',
      year: 'numeric',
    });
    const build = () => {
      const row = document.createElement('kat-table-row');
      row.setAttribute('role', 'row');
      row.id = 'hostile-inline-panel';
      const cell = document.createElement('kat-table-cell');
      cell.append(`Client secret ${secret} `);
      const hide = document.createElement('button');
      hide.type = 'button';
      hide.textContent = 'Hide';
      const icon = document.createElement('kat-icon');
      icon.setAttribute('name', 'warning');
      cell.append(hide, icon, ` Rotate by ${tomorrow} (1 day)`);
      row.append(cell);
      return row;
    };
    // The panel opens once the user viewed the app's credentials, and comes back if the table re-renders.
    setInterval(() => {
      if (!document.querySelector('kat-modal[visible="true"]')) return;
      if (document.getElementById('hostile-inline-panel')) return;
      const appRow = [...document.querySelectorAll('[role="row"]')].find((row) =>
        row.textContent.includes('Northwind Inventory Sync'),
      );
      appRow?.after(build());
    }, 100);
  };
})();
