/*
 * Benchmark page script: VendorAuto's instances shown a window at a time, the two ways a big
 * list is usually kept fast: 25 rows per page with a pager, or a virtualised scroller that
 * renders only the rows in view (plus a few). Icon-only pencils as in app.js's table.
 * Main-world hooks on window.__bench: render() (re-renders the current window, returns ms),
 * reveal(index) (brings an instance into the window: its page, or scrolled into view).
 */
(() => {
  const source = document.getElementById('fixture-config');
  const config = JSON.parse(source.textContent);
  source.remove();
  const { instances, windowing } = config;
  const PAGE_SIZE = 25;
  const ROW_HEIGHT = 44;
  const VIEW_HEIGHT = 620;
  const OVERSCAN = 5;
  const PENCIL =
    '<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M11.5 2.5l2 2L6 12H4v-2z" fill="none" stroke="currentColor"/></svg>';

  const style = document.createElement('style');
  style.textContent = `body{font:14px system-ui;margin:0}.va-shell{display:grid;grid-template-columns:200px 1fr}
  .va-topbar{grid-column:1/3;display:flex;gap:12px;padding:8px 16px;border-bottom:1px solid #ddd}
  .va-menu[hidden]{display:none}.va-sidebar{padding:16px}.va-nav-link{display:block;padding:4px 0}
  .va-main{padding:16px}table{border-collapse:collapse;width:100%}td,th{padding:0 8px;height:${ROW_HEIGHT - 1}px;border-bottom:1px solid #eee;text-align:left;white-space:nowrap}
  .scroller{height:${VIEW_HEIGHT}px;overflow:auto;position:relative}.spacer{position:relative}
  .scroller table{position:absolute;left:0;right:0}code{font-size:12px}`;
  document.head.append(style);

  const main = document.getElementById('va-main');
  main.innerHTML = `<h1>Instances</h1><p class="count">${instances.length} instances</p>`;
  let page = 0;
  let body;
  let scroller;
  let table;
  let spacer;

  const row = (instance) => {
    const tr = document.createElement('tr');
    tr.dataset.id = instance.id;
    const label = instance.editLabel === 'title' ? 'title="Edit"' : 'aria-label="Edit instance"';
    tr.innerHTML = `<td><strong>${instance.name}</strong></td><td>${instance.marketplace}</td>
      <td><code>${instance.clientId}</code></td><td>${instance.status}</td><td>${instance.lastSync}</td>
      <td><button type="button" ${label}>${PENCIL}</button>
      <button type="button" aria-label="Sync now"><svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="5" fill="none" stroke="currentColor"/></svg></button></td>`;
    return tr;
  };

  const head = () =>
    '<thead><tr><th>Name</th><th>Marketplace</th><th>Client ID</th><th>Status</th><th>Last sync</th><th><span class="sr-only">Actions</span></th></tr></thead>';

  function visibleRange() {
    if (windowing === 'paginated') {
      const start = page * PAGE_SIZE;
      return [start, Math.min(instances.length, start + PAGE_SIZE)];
    }
    const first = Math.floor(scroller.scrollTop / ROW_HEIGHT);
    const start = Math.max(0, first - OVERSCAN);
    const end = Math.min(instances.length, first + Math.ceil(VIEW_HEIGHT / ROW_HEIGHT) + OVERSCAN);
    return [start, end];
  }

  function render() {
    const [start, end] = visibleRange();
    body.replaceChildren(...instances.slice(start, end).map(row));
    if (windowing === 'virtualised') table.style.top = `${start * ROW_HEIGHT}px`;
    else
      pager.querySelector('output').textContent =
        `Page ${page + 1} of ${Math.ceil(instances.length / PAGE_SIZE)}`;
  }

  let pager;
  if (windowing === 'paginated') {
    main.insertAdjacentHTML('beforeend', `<table>${head()}<tbody></tbody></table>`);
    body = main.querySelector('tbody');
    pager = document.createElement('nav');
    pager.setAttribute('aria-label', 'Pagination');
    pager.innerHTML =
      '<button type="button" data-step="-1">Previous</button> <output></output> <button type="button" data-step="1">Next</button>';
    pager.addEventListener('click', (event) => {
      const step = Number(event.target.closest('button')?.dataset.step ?? 0);
      const last = Math.ceil(instances.length / PAGE_SIZE) - 1;
      page = Math.max(0, Math.min(last, page + step));
      render();
    });
    main.append(pager);
  } else {
    scroller = document.createElement('div');
    scroller.className = 'scroller';
    spacer = document.createElement('div');
    spacer.className = 'spacer';
    spacer.style.height = `${instances.length * ROW_HEIGHT + ROW_HEIGHT}px`;
    table = document.createElement('table');
    table.innerHTML = `${head()}<tbody></tbody>`;
    body = table.querySelector('tbody');
    spacer.append(table);
    scroller.append(spacer);
    scroller.addEventListener('scroll', () => requestAnimationFrame(render), { passive: true });
    main.append(scroller);
  }
  render();

  window.__bench = {
    render() {
      const started = performance.now();
      render();
      void document.body.offsetHeight;
      return performance.now() - started;
    },
    reveal(index) {
      if (windowing === 'paginated') page = Math.floor(index / PAGE_SIZE);
      else scroller.scrollTop = Math.max(0, index * ROW_HEIGHT - VIEW_HEIGHT / 2);
      render();
      void document.body.offsetHeight;
    },
  };
})();
