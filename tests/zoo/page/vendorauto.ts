/**
 * The page runtime of a generated VendorAuto Instances layout: list (seven kits' markup),
 * paging, the way into the edit form, the form's Client Secret field, the "Are you sure?"
 * step and the save. What it saved is on `window.__zoo.saved` (main world only).
 */
import { VENDORAUTO_AXES } from '../axes';
import type { Instance, VendorAutoLayout, ZooVendorAutoHooks } from '../types';
import { bindInput, type Model } from './controlled';
import { type Child, h, hashed, raw, readConfig, sleep, style } from './h';

type Axes = typeof VENDORAUTO_AXES;
const layout = readConfig<VendorAutoLayout>();
const pick = <K extends keyof Axes>(axis: K) =>
  (VENDORAUTO_AXES[axis] as Record<string, unknown>)[
    layout.axes[axis] ?? ''
  ] as Axes[K][keyof Axes[K]];

const { kind } = pick('list');
const { mode: paging } = pick('paging');
const { via: openVia } = pick('open');
const { place } = pick('editIn');
const { set: icons } = pick('icons');
const { by: editName } = pick('editName');
const { by: secretLabel } = pick('secretLabel');
const { via: secretAccess } = pick('secretAccess');
const { model: inputModel } = pick('input');
const { via: sureVia } = pick('sure');
const match = pick('match');
const timing = pick('timing');

const BASE = '/instances';
const ROW = 42;
/** AG Grid's detail row height (its default is 300 px): fixed, whatever the form inside needs. */
const AG_DETAIL_ROW = 320;
let rowSize = ROW;
const PAGE_SIZE = 10;
const SECRET = /^amzn1\.oa2-cs\.v1\.[0-9a-f]{64}$/;
const instances: Instance[] = layout.instances.map((i) => ({ ...i }));
const hooks: ZooVendorAutoHooks & Record<string, unknown> = {
  ready: false,
  saved: [],
  instances,
  layout: layout.id,
  target: layout.target,
};
Object.assign(window, { __zoo: hooks });
// A real backend keeps saves across reloads (a ring on a plain link navigates): so does the zoo.
const SAVED_KEY = `zoo-saved:${layout.id}`;
for (const entry of JSON.parse(sessionStorage.getItem(SAVED_KEY) ?? '[]') as {
  instanceId: string;
  secret: string;
}[]) {
  hooks.saved.push(entry);
  const instance = instances.find((i) => i.id === entry.instanceId);
  if (instance) instance.secret = entry.secret;
}

const ui = {
  page: 0,
  query: '',
  editing: null as string | null,
  secretOpen: false,
  scrollTop: 0,
  reveal: false,
  busy: false,
};
let form: { name: Model; secret: Model } = { name: { value: '' }, secret: { value: '' } };

style(`
body{font:14px system-ui,sans-serif;margin:0;color:#1f2937}
.shell{display:flex}.side{width:180px;background:#111827;color:#fff;min-height:100vh;padding:12px}.side a{color:#fff;display:block;padding:6px 0}
main{flex:1;padding:16px 24px;min-width:0}
.icon-btn{border:0;background:none;cursor:pointer;padding:6px;display:inline-flex;width:32px;height:32px;align-items:center;justify-content:center}
.icon-btn svg{width:18px;height:18px}.material-icons{font-size:0;display:inline-block;width:18px;height:18px;background:currentColor;border-radius:3px}
.el-icon-edit,.el-icon-more,[class^="fa-"],.fa-solid,.bi{display:inline-block;width:16px;height:16px;background:currentColor;-webkit-mask:linear-gradient(#000,#000)}
.el-icon svg{width:16px;height:16px}
.grid{display:grid;grid-template-columns:2fr 3fr 1fr 90px;align-items:center}.grid>div{padding:8px;border-bottom:1px solid #e5e7eb;height:${ROW - 17}px}
.row{height:${ROW}px;display:flex;align-items:center;border-bottom:1px solid #e5e7eb;box-sizing:border-box}.row>*{padding:0 8px;overflow:hidden;white-space:nowrap}
.pinned-wrap{display:flex;position:relative}.pinned-main{flex:1;min-width:0}.pinned-right{width:110px;box-shadow:-2px 0 4px #0001;background:#fff}
.c-name{width:220px}.c-id{width:520px;font-family:monospace;font-size:12px}.c-status{width:90px}
table{border-collapse:collapse;width:100%}td,th{padding:8px;border-bottom:1px solid #e5e7eb;text-align:left;height:${ROW - 17}px}
.card{border:1px solid #e5e7eb;border-radius:8px;padding:12px;margin:8px 0}
.dialog{position:fixed;top:10%;left:50%;transform:translateX(-50%);width:560px;background:#fff;border-radius:8px;box-shadow:0 10px 40px #0005;padding:20px;z-index:30}
.drawer{position:fixed;top:0;right:0;bottom:0;width:480px;background:#fff;box-shadow:-4px 0 20px #0004;padding:20px;z-index:30}
.mask{position:fixed;inset:0;background:#0005;z-index:20}
.menu{position:absolute;background:#fff;border:1px solid #ddd;box-shadow:0 4px 12px #0003;list-style:none;margin:0;padding:4px 0;z-index:40}.menu li{padding:6px 16px;cursor:pointer}
.ant-popover{position:absolute;z-index:50;background:#fff;border:1px solid #ddd;box-shadow:0 6px 16px #0002;padding:12px;border-radius:8px}
.field{margin:10px 0;display:block}.field input{width:100%;box-sizing:border-box;padding:6px}
.toast{position:fixed;bottom:16px;right:16px;background:#065f46;color:#fff;padding:10px 16px;border-radius:6px}
.scroller{height:${ROW * 10}px;overflow:auto;position:relative}
.el-table__fixed-right{position:absolute;top:0;right:0;background:#fff;box-shadow:-2px 0 4px #0001;overflow:hidden}.el-table__fixed-body-wrapper,.el-table__fixed-header-wrapper{display:flex;justify-content:flex-end}.el-table .cell{white-space:nowrap}.is-hidden>*{visibility:hidden}
.el-table{position:relative}
.ag-full-width-container{position:absolute;top:0;left:0;right:0;pointer-events:none}.ag-full-width-row{position:absolute;left:0;right:0;pointer-events:all;overflow:auto;background:#fff;border-bottom:1px solid #e5e7eb;box-sizing:border-box;padding:0 12px}
`);

const main = h('main');
document.body.append(
  h(
    'div',
    { class: 'shell' },
    h(
      'nav',
      { class: 'side' },
      h('strong', null, 'VendorAuto'),
      h('a', { href: BASE }, 'Instances'),
      h('a', { href: '/dashboard' }, 'Dashboard'),
    ),
    main,
  ),
);

// -------------------------------------------------------------------------------------------
// Controls

function named(label: string): Record<string, string> {
  if (icons.named) return icons.named(label);
  if (editName === 'aria-label') return { 'aria-label': label };
  if (editName === 'title') return { title: label };
  return {};
}

function iconButton(
  markup: string,
  label: string,
  onClick: (event: Event) => void,
  extraClass = '',
): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: `icon-btn ${extraClass}`,
      ...named(label),
      on: { click: (e) => (e.stopPropagation(), onClick(e)) },
    },
    raw(markup),
  );
}

function shownId(clientId: string): Child {
  if (!match.short) return h('code', null, clientId);
  const hex = clientId.slice('amzn1.application-oa2-client.'.length);
  return h(
    'code',
    { title: clientId },
    `amzn1.application-oa2-client.${hex.slice(0, 4)}…${hex.slice(-4)}`,
  );
}

function openMenu(anchor: Element, instance: Instance) {
  document.querySelector('.menu')?.remove();
  const box = anchor.getBoundingClientRect();
  const close = () => menu.remove();
  const item = (label: string, act: () => void) =>
    h('li', { role: 'menuitem', tabindex: -1, on: { click: () => (close(), act()) } }, label);
  const menu = h(
    'ul',
    {
      role: 'menu',
      class: 'menu',
      style: `top:${box.bottom + scrollY}px;left:${box.left + scrollX - 100}px`,
    },
    item('Edit', () => startEdit(instance.id)),
    item('Sync now', () => undefined),
    item('Delete', () => undefined),
  );
  document.body.append(menu);
  setTimeout(() => document.addEventListener('click', close, { once: true }), 0);
}

function actionsFor(instance: Instance): Child[] {
  if (openVia === 'row') return [];
  if (openVia === 'kebab')
    return [
      iconButton(icons.more, 'More actions', (e) => openMenu(e.currentTarget as Element, instance)),
    ];
  if (openVia === 'kebab-pointerdown') {
    const trigger = iconButton(icons.more, 'More actions', () => undefined);
    trigger.setAttribute('aria-haspopup', 'menu');
    trigger.setAttribute('data-state', 'closed');
    trigger.addEventListener('pointerdown', (e) => {
      if ((e as PointerEvent).button !== 0) return;
      e.preventDefault();
      openMenu(trigger, instance);
    });
    return [trigger];
  }
  return [iconButton(icons.edit, 'Edit', () => startEdit(instance.id))];
}

function rowProps(instance: Instance, extra: Record<string, string | number> = {}) {
  return {
    ...extra,
    style: `${extra.style ?? ''}${openVia === 'row' ? ';cursor:pointer' : ''}`,
    // A row already open for edit ignores its own clicks, as real apps do (else Save, inside
    // the row, would re-open the editor and throw the draft away before it submits).
    on: (openVia === 'row'
      ? { click: () => ui.editing !== instance.id && startEdit(instance.id) }
      : {}) as Record<string, () => void>,
  };
}

// -------------------------------------------------------------------------------------------
// Lists

const HEADERS = ['Instance', 'Client ID', 'Status', ''];

function cellsOf(instance: Instance): Child[] {
  return [h('span', null, instance.name), shownId(instance.clientId), h('span', null, 'Active')];
}

function renderList(visible: Instance[], offset: number): HTMLElement {
  const inlineAfter = (instance: Instance, colspan: number, tag: 'tr' | 'div') =>
    place === 'inline' && ui.editing === instance.id
      ? tag === 'tr'
        ? h('tr', null, h('td', { colspan }, editForm(instance)))
        : // The grid's fixed cell height is for cells: the editor grows with its form.
          h('div', { style: 'grid-column:1/-1;height:auto' }, editForm(instance))
      : null;
  switch (kind) {
    case 'table':
      return h(
        'table',
        { class: 'table' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            HEADERS.map((t) => h('th', null, t)),
          ),
        ),
        h(
          'tbody',
          null,
          visible.map((i) => [
            h(
              'tr',
              rowProps(i),
              cellsOf(i).map((c) => h('td', null, c)),
              h('td', null, actionsFor(i)),
            ),
            inlineAfter(i, 4, 'tr'),
          ]),
        ),
      );
    case 'css-grid':
      return h(
        'div',
        { class: `grid ${hashed('sc', 'grid')}` },
        HEADERS.map((t) => h('div', { class: 'font-semibold' }, t)),
        visible.map((i) => [
          cellsOf(i).map((c) => h('div', rowProps(i), c)),
          h('div', null, actionsFor(i)),
          inlineAfter(i, 4, 'div'),
        ]),
      );
    case 'cards':
      return h(
        'div',
        { class: 'cards' },
        visible.map((i) =>
          h(
            'div',
            { class: 'card', ...rowProps(i) },
            h('h3', null, i.name),
            h('p', null, 'Client ID ', shownId(i.clientId)),
            h('div', { class: 'card-actions' }, actionsFor(i)),
            inlineAfter(i, 1, 'div'),
          ),
        ),
      );
    case 'list':
      return h(
        'ul',
        { role: 'list', class: 'divide-y' },
        visible.map((i) =>
          h(
            'li',
            { class: 'flex justify-between', ...rowProps(i) },
            h(
              'div',
              null,
              h('p', { class: 'font-medium' }, i.name),
              h('p', { class: 'text-sm' }, shownId(i.clientId)),
            ),
            h('div', null, actionsFor(i)),
            inlineAfter(i, 1, 'div'),
          ),
        ),
      );
    case 'element-fixed':
      return elementTable(visible, inlineAfter);
    case 'mui-datagrid':
      return muiGrid(visible, offset, inlineAfter);
    default:
      return agGrid(visible, offset, inlineAfter);
  }
}

type InlineAfter = (instance: Instance, colspan: number, tag: 'tr' | 'div') => HTMLElement | null;

/** Element UI: the fixed-right column is a second, overlaid copy of the whole table. */
function elementTable(visible: Instance[], inlineAfter: InlineAfter): HTMLElement {
  const body = (fixed: boolean) =>
    h(
      'table',
      { class: 'el-table__body', cellspacing: 0 },
      h(
        'tbody',
        null,
        visible.map((i, n) => [
          h(
            'tr',
            rowProps(i, { class: `el-table__row${n % 2 ? ' el-table__row--striped' : ''}` }),
            cellsOf(i).map((c, col) =>
              h(
                'td',
                { class: `el-table_1_column_${col + 1}${fixed ? ' is-hidden' : ''}` },
                h('div', { class: 'cell' }, c),
              ),
            ),
            h(
              'td',
              { class: `el-table_1_column_4${fixed ? '' : ' is-hidden'}` },
              h('div', { class: 'cell' }, actionsFor(i)),
            ),
          ),
          // Element keeps its fixed table's rows level with the main table's: an open inline
          // editor is copied there too, hidden, so the rows below stay aligned.
          fixed ? hiddenCopy(() => inlineAfter(i, 4, 'tr')) : inlineAfter(i, 4, 'tr'),
        ]),
      ),
    );
  const header = () =>
    h(
      'table',
      { class: 'el-table__header' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          HEADERS.map((t) => h('th', { class: 'is-leaf' }, h('div', { class: 'cell' }, t))),
        ),
      ),
    );
  // Like Element, the fixed part repeats the header and keeps its rows level with the main
  // table's (Element syncs row heights by script; cells here stay one line, as with
  // show-overflow-tooltip).
  return h(
    'div',
    { class: 'el-table el-table--fit el-table--enable-row-hover' },
    h('div', { class: 'el-table__header-wrapper' }, header()),
    h('div', { class: 'el-table__body-wrapper is-scrolling-none' }, body(false)),
    h(
      'div',
      { class: 'el-table__fixed-right', style: 'width:110px' },
      h('div', { class: 'el-table__fixed-header-wrapper is-hidden' }, header()),
      h('div', { class: 'el-table__fixed-body-wrapper' }, body(true)),
    ),
  );
}

function hiddenCopy(render: () => HTMLElement | null): HTMLElement | null {
  const shown = formNode; // the form the user sees stays the one that shows errors
  const row = render();
  formNode = shown;
  row?.setAttribute('style', 'visibility:hidden');
  row?.setAttribute('aria-hidden', 'true');
  return row;
}

/** MUI DataGrid Pro: pinned right columns render in their own container, rows matched by data-id. */
function muiGrid(visible: Instance[], offset: number, inlineAfter: InlineAfter): HTMLElement {
  const row = (i: Instance, n: number, cells: Child[]) =>
    h(
      'div',
      rowProps(i, {
        role: 'row',
        class: 'MuiDataGrid-row row',
        'data-id': i.id,
        'data-rowindex': offset + n,
        'aria-rowindex': offset + n + 2,
      }),
      cells,
    );
  return h(
    'div',
    {
      role: 'grid',
      class: 'MuiDataGrid-root MuiDataGrid-root--densityStandard css-1kwdphh-MuiDataGrid-root',
      'aria-rowcount': instances.length + 1,
      'aria-colcount': 4,
    },
    h(
      'div',
      { class: 'MuiDataGrid-columnHeaders', role: 'rowgroup' },
      h(
        'div',
        { role: 'row', 'aria-rowindex': 1, class: 'row' },
        HEADERS.slice(0, 3).map((t, c) =>
          h(
            'div',
            {
              role: 'columnheader',
              'aria-colindex': c + 1,
              class: ['c-name', 'c-id', 'c-status'][c],
            },
            t,
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'MuiDataGrid-virtualScroller pinned-wrap' },
      h(
        'div',
        { class: 'MuiDataGrid-virtualScrollerRenderZone pinned-main', role: 'rowgroup' },
        visible.map((i, n) => [
          row(
            i,
            n,
            cellsOf(i).map((c, col) =>
              h(
                'div',
                {
                  role: 'gridcell',
                  'data-field': ['name', 'clientId', 'status'][col],
                  'aria-colindex': col + 1,
                  class: `MuiDataGrid-cell ${['c-name', 'c-id', 'c-status'][col]}`,
                },
                c,
              ),
            ),
          ),
          inlineAfter(i, 1, 'div'),
        ]),
      ),
      h(
        'div',
        {
          class: 'MuiDataGrid-pinnedColumns MuiDataGrid-pinnedColumns--right pinned-right',
          role: 'presentation',
        },
        visible.map((i, n) =>
          row(i, n, [
            h(
              'div',
              {
                role: 'gridcell',
                'data-field': 'actions',
                'aria-colindex': 4,
                class: 'MuiDataGrid-cell MuiDataGrid-cell--withRenderer',
              },
              actionsFor(i),
            ),
          ]),
        ),
      ),
    ),
  );
}

/**
 * AG Grid: pinned-right rows are a separate container, aligned only by row-index and translateY.
 * An inline editor is a full-width row, as AG Grid draws a detail row: its own container over
 * both sides, at a fixed height right below its row, pushing the rows after it down on both.
 */
function agGrid(visible: Instance[], offset: number, inlineAfter: InlineAfter): HTMLElement {
  const editingAt = place === 'inline' ? visible.findIndex((i) => i.id === ui.editing) : -1;
  const pushed = editingAt >= 0 ? AG_DETAIL_ROW : 0;
  const top = (n: number) => n * ROW + (editingAt >= 0 && n > editingAt ? pushed : 0);
  const rowAt = (i: Instance, n: number, cells: Child[]) =>
    h(
      'div',
      rowProps(i, {
        role: 'row',
        class: `ag-row ag-row-${n % 2 ? 'odd' : 'even'} ag-row-level-0 row`,
        'row-index': offset + n,
        'aria-rowindex': offset + n + 2,
        'row-id': i.id,
        style: `position:absolute;left:0;right:0;transform:translateY(${top(n)}px)`,
      }),
      cells,
    );
  const height = `height:${visible.length * ROW + pushed}px;position:relative`;
  const editing = visible[editingAt];
  return h(
    'div',
    { class: 'ag-root-wrapper ag-theme-quartz' },
    h(
      'div',
      { class: 'ag-root ag-unselectable', role: 'treegrid', 'aria-rowcount': instances.length + 1 },
      h(
        'div',
        { class: 'ag-header', role: 'presentation' },
        h(
          'div',
          { role: 'row', 'aria-rowindex': 1, class: 'row' },
          HEADERS.map((t) => h('div', { role: 'columnheader', class: 'ag-header-cell c-name' }, t)),
        ),
      ),
      h(
        'div',
        { class: 'ag-body-viewport pinned-wrap' },
        h(
          'div',
          { class: 'ag-center-cols-viewport pinned-main' },
          h(
            'div',
            { class: 'ag-center-cols-container', role: 'rowgroup', style: height },
            visible.map((i, n) =>
              rowAt(
                i,
                n,
                cellsOf(i).map((c, col) =>
                  h(
                    'div',
                    {
                      role: 'gridcell',
                      'col-id': ['name', 'clientId', 'status'][col],
                      class: `ag-cell ${['c-name', 'c-id', 'c-status'][col]}`,
                    },
                    c,
                  ),
                ),
              ),
            ),
          ),
        ),
        h(
          'div',
          { class: 'ag-pinned-right-cols-container pinned-right', role: 'rowgroup', style: height },
          visible.map((i, n) =>
            rowAt(i, n, [
              h('div', { role: 'gridcell', 'col-id': 'actions', class: 'ag-cell' }, actionsFor(i)),
            ]),
          ),
        ),
        editing
          ? h(
              'div',
              { class: 'ag-full-width-container', role: 'rowgroup' },
              h(
                'div',
                {
                  role: 'row',
                  class: 'ag-full-width-row',
                  'row-index': `detail_${offset + editingAt}`,
                  style: `transform:translateY(${(editingAt + 1) * ROW}px);height:${AG_DETAIL_ROW}px`,
                },
                inlineAfter(editing, 1, 'div'),
              ),
            )
          : null,
      ),
    ),
  );
}

// -------------------------------------------------------------------------------------------
// The edit form

function secretField(instance: Instance): Child {
  const id = `secret-${instance.id}`;
  const labelled = (input: HTMLElement, extra: Child = null): Child => {
    if (secretLabel === 'legend')
      return h('fieldset', null, h('legend', null, 'Client Secret'), input, extra);
    if (secretLabel === 'placeholder') return h('div', { class: 'field' }, input, extra);
    return h('div', { class: 'field' }, h('label', { for: id }, 'Client Secret'), input, extra);
  };
  if ((secretAccess === 'pencil' || secretAccess === 'change') && !ui.secretOpen) {
    const open = () => {
      ui.secretOpen = true;
      render();
      (document.getElementById(id) as HTMLInputElement | null)?.focus();
    };
    const opener =
      secretAccess === 'pencil'
        ? iconButton(icons.edit, 'Edit client secret', open)
        : h('a', { href: '#', on: { click: (e) => (e.preventDefault(), open()) } }, 'Change');
    return labelled(h('span', { id }, '••••••••••••'), opener);
  }
  const input = h('input', {
    id,
    type: secretAccess === 'eye' && !ui.reveal ? 'password' : 'text',
    autocomplete: 'off',
    placeholder:
      secretLabel === 'placeholder' ? 'Client Secret' : 'Leave blank to keep the current secret',
  }) as HTMLInputElement;
  bindInput(input, form.secret, inputModel);
  const eye =
    secretAccess === 'eye'
      ? iconButton(
          '<svg viewBox="0 0 24 24"><path d="M12 5C7 5 2.7 8.1 1 12c1.7 3.9 6 7 11 7s9.3-3.1 11-7c-1.7-3.9-6-7-11-7z"/></svg>',
          ui.reveal ? 'Hide' : 'Show',
          () => ((ui.reveal = !ui.reveal), render()),
        )
      : null;
  return labelled(input, eye);
}

let formNode: HTMLElement | null = null;
function editForm(instance: Instance): HTMLElement {
  const nameInput = h('input', { id: `name-${instance.id}` }) as HTMLInputElement;
  bindInput(nameInput, form.name, inputModel);
  const save = h(
    'button',
    { type: 'submit', class: 'btn btn-primary' },
    ui.busy ? 'Saving…' : 'Save',
  );
  formNode = h(
    'form',
    {
      class: 'edit-form',
      novalidate: true,
      on: { submit: (e) => (e.preventDefault(), void submit(instance, save)) },
    },
    h(
      'div',
      { class: 'field' },
      h('label', { for: `name-${instance.id}` }, 'Instance name'),
      nameInput,
    ),
    h(
      'div',
      { class: 'field' },
      h('label', null, 'Client ID'),
      h('input', { readonly: true, value: instance.clientId }),
    ),
    secretField(instance),
    h('p', { role: 'alert', class: 'error' }),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'btn', on: { click: stopEdit } }, 'Cancel'),
      ' ',
      save,
    ),
  );
  return formNode;
}

async function submit(instance: Instance, save: HTMLElement) {
  const error = formNode?.querySelector('.error');
  const secret = form.secret.value.trim();
  if (secret && !SECRET.test(secret)) {
    if (error) error.textContent = 'That doesn’t look like a client secret.';
    return;
  }
  if (!(await sure(instance, save))) return;
  ui.busy = true;
  await sleep(250);
  const changed = secret !== '' && secret !== instance.secret;
  if (secret) instance.secret = secret;
  instance.name = form.name.value || instance.name;
  hooks.saved.push({
    instanceId: instance.id,
    secret: instance.secret,
    secretChanged: changed,
  } as never);
  sessionStorage.setItem(SAVED_KEY, JSON.stringify(hooks.saved));
  ui.busy = false;
  stopEdit();
  const toast = h('div', { role: 'status', class: 'toast' }, 'Instance updated');
  document.body.append(toast);
  setTimeout(() => toast.remove(), 6000);
}

function sure(instance: Instance, anchor: Element): Promise<boolean> {
  const text = `Are you sure? ${instance.name} will use the new client secret right away.`;
  if (sureVia === 'none') return Promise.resolve(true);
  if (sureVia === 'native') return Promise.resolve(window.confirm(text));
  return new Promise((resolve) => {
    const done = (ok: boolean) => (node.remove(), mask?.remove(), resolve(ok));
    const buttons = [
      h(
        'button',
        {
          type: 'button',
          class: 'ant-btn ant-btn-default ant-btn-sm',
          on: { click: () => done(false) },
        },
        h('span', null, 'Cancel'),
      ),
      ' ',
      h(
        'button',
        {
          type: 'button',
          class: 'ant-btn ant-btn-primary ant-btn-sm',
          on: { click: () => done(true) },
        },
        h('span', null, sureVia === 'modal' ? 'Yes, update' : 'OK'),
      ),
    ];
    let mask: HTMLElement | null = null;
    let node: HTMLElement;
    if (sureVia === 'modal') {
      mask = h('div', { class: 'mask' });
      node = h(
        'div',
        {
          role: 'alertdialog',
          'aria-modal': 'true',
          'aria-label': 'Are you sure?',
          class: 'dialog',
          style: 'z-index:45',
        },
        h('h2', null, 'Are you sure?'),
        h('p', null, text),
        buttons,
      );
      document.body.append(mask, node);
    } else {
      const box = anchor.getBoundingClientRect();
      node = h(
        'div',
        {
          class: 'ant-popover ant-popconfirm ant-popover-placement-top',
          style: `top:${box.top + scrollY - 110}px;left:${box.left + scrollX - 120}px`,
        },
        h(
          'div',
          { class: 'ant-popover-content' },
          h(
            'div',
            { class: 'ant-popover-inner', role: 'tooltip' },
            h(
              'div',
              { class: 'ant-popconfirm-message' },
              raw(
                '<span role="img" aria-label="exclamation-circle" class="anticon anticon-exclamation-circle"><svg viewBox="64 64 896 896" width="1em" height="1em" fill="#faad14"><path d="M512 64C264.6 64 64 264.6 64 512s200.6 448 448 448 448-200.6 448-448S759.4 64 512 64z"></path></svg></span>',
              ),
              h('div', { class: 'ant-popconfirm-message-title' }, 'Are you sure?'),
            ),
            h('div', { class: 'ant-popconfirm-buttons' }, buttons),
          ),
        ),
      );
      document.body.append(node);
    }
  });
}

function startEdit(id: string) {
  const instance = instances.find((i) => i.id === id);
  if (!instance) return;
  ui.editing = id;
  ui.secretOpen = false;
  ui.reveal = false;
  form = { name: { value: instance.name }, secret: { value: '' } };
  if (place === 'page') history.pushState({}, '', `${BASE}/${id}/edit`);
  render();
}

function stopEdit() {
  if (place === 'page' && ui.editing) history.pushState({}, '', BASE);
  ui.editing = null;
  render();
}

// -------------------------------------------------------------------------------------------
// Page

function visibleInstances(): { list: Instance[]; offset: number; pager: Child } {
  if (paging === 'paginated') {
    const q = ui.query.toLowerCase();
    const found = instances.filter(
      (i) => !q || i.name.toLowerCase().includes(q) || i.clientId.includes(q),
    );
    const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
    ui.page = Math.min(ui.page, pages - 1);
    const go = (to: number) => () => ((ui.page = to), render());
    const pager = h(
      'nav',
      { 'aria-label': 'Pagination' },
      h(
        'button',
        { type: 'button', disabled: ui.page === 0, on: { click: go(ui.page - 1) } },
        'Previous',
      ),
      ` Page ${ui.page + 1} of ${pages} `,
      h(
        'button',
        { type: 'button', disabled: ui.page >= pages - 1, on: { click: go(ui.page + 1) } },
        'Next',
      ),
    );
    return {
      list: found.slice(ui.page * PAGE_SIZE, (ui.page + 1) * PAGE_SIZE),
      offset: ui.page * PAGE_SIZE,
      pager,
    };
  }
  if (paging === 'virtual') {
    let first = Math.max(0, Math.floor(ui.scrollTop / rowSize) - 3);
    // An inline editor drawn below the rows is reached by scrolling past its own row: like
    // TanStack Virtual's rangeExtractor, the row being edited stays mounted while it is near.
    const editing = instances.findIndex((i) => i.id === ui.editing);
    if (place === 'inline' && editing >= 0 && editing < first && first - editing <= 12)
      first = editing;
    const last = Math.max(first, Math.floor(ui.scrollTop / rowSize) - 3) + 16;
    return { list: instances.slice(first, last), offset: first, pager: null };
  }
  return { list: instances, offset: 0, pager: null };
}

const search = h('input', {
  type: 'search',
  placeholder: 'Search instances',
  'aria-label': 'Search instances',
  on: {
    input: (e) => ((ui.query = (e.target as HTMLInputElement).value), (ui.page = 0), render()),
  },
});
// Persistent, like a framework's keyed containers: the scroller keeps its scroll position.
const scroller = h('div', {
  class: 'scroller',
  on: { scroll: () => ((ui.scrollTop = scroller.scrollTop), render()) },
});
const listSlot = h('div');
const pagerSlot = h('div');
const listPage = [
  h('h1', null, 'Instances'),
  paging === 'paginated' ? search : h('span'),
  listSlot,
  pagerSlot,
];

function render() {
  const editing = instances.find((i) => i.id === ui.editing) ?? null;
  document.querySelectorAll('.zoo-editor').forEach((n) => n.remove());
  if (editing && place === 'page') {
    main.replaceChildren(
      h(
        'a',
        { href: BASE, on: { click: (e) => (e.preventDefault(), stopEdit()) } },
        '← Back to instances',
      ),
      h('h1', null, 'Edit instance'),
      h('p', null, editing.name),
      editForm(editing),
    );
    return;
  }
  if (main.firstChild !== listPage[0]) main.replaceChildren(...listPage);
  const { list, offset, pager } = visibleInstances();
  const body = renderList(list, offset);
  if (paging === 'virtual') {
    scroller.replaceChildren(
      h(
        'div',
        { style: `height:${instances.length * rowSize}px;position:relative` },
        h('div', { style: `position:absolute;top:${offset * rowSize}px;left:0;right:0` }, body),
      ),
    );
    if (listSlot.firstChild !== scroller) listSlot.replaceChildren(scroller);
    // Like react-virtuoso, the item size is measured, not assumed: a card is taller than a row.
    // Each item on its own, as react-virtuoso does: an inline editor grows its own item only
    // (an average over the window made every row taller and the edited row jump out of view).
    const editor = body.querySelector('.edit-form');
    const extra = editor ? editor.getBoundingClientRect().height : 0;
    const measured =
      list.length > 0 ? (body.getBoundingClientRect().height - extra) / list.length : 0;
    if (measured > rowSize * 1.5) {
      rowSize = measured;
      render();
      return;
    }
  } else listSlot.replaceChildren(body);
  pagerSlot.replaceChildren(...(pager instanceof Node ? [pager] : []));
  if (editing && (place === 'modal' || place === 'drawer')) {
    const title = `edit-title-${editing.id}`;
    document.body.append(
      h(
        'div',
        { class: 'zoo-editor' },
        place === 'modal' ? h('div', { class: 'mask' }) : null,
        h(
          'div',
          {
            role: 'dialog',
            'aria-modal': 'true',
            'aria-labelledby': title,
            class: place === 'modal' ? 'dialog' : 'drawer',
          },
          h('h2', { id: title }, 'Edit instance'),
          h('p', null, editing.name),
          editForm(editing),
        ),
      ),
    );
  }
}

async function start() {
  if (location.pathname !== BASE) history.replaceState({}, '', BASE);
  main.replaceChildren(h('div', { class: 'skeleton', 'aria-busy': 'true' }, 'Loading…'));
  await sleep(timing.delay);
  render();
  hooks.ready = true;
  if (timing.remount) {
    await sleep(700);
    if (!ui.editing) {
      listSlot.replaceChildren();
      render();
    }
  }
}
addEventListener('popstate', () => {
  ui.editing = location.pathname.match(/\/instances\/([^/]+)\/edit/)?.[1] ?? null;
  render();
});
void start();
