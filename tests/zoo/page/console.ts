/**
 * The page runtime of a generated Developer Console layout: reads its config, composes the
 * axis pieces, and behaves like the console (View, Rotate secret, the warning, the new secret).
 * Ground truth and the rotations it performed live on `window.__zoo` (main world only).
 */
import { CONSOLE_AXES } from '../axes';
import type { ConsoleLayout, ZooConsoleHooks } from '../types';
import { type Child, h, readConfig, sleep, style } from './h';

type Axis<K extends keyof typeof CONSOLE_AXES> = (typeof CONSOLE_AXES)[K];
const layout = readConfig<ConsoleLayout>();
const pick = <K extends keyof typeof CONSOLE_AXES>(axis: K) =>
  (CONSOLE_AXES[axis] as Record<string, unknown>)[
    layout.axes[axis] ?? ''
  ] as Axis<K>[keyof Axis<K>];

const { kit } = pick('kit');
const appsView = pick('apps');
const { place } = pick('credentials');
const { mode: warningMode } = pick('warning');
const { checkbox: gated } = pick('gate');
const { mode: secretMode } = pick('secret');
const { words } = pick('lang');
const timing = pick('timing');

const apps = layout.apps.map((app) => ({ ...app }));
const ui = {
  open: null as number | null,
  stage: 'none' as 'none' | 'credentials' | 'warning',
  revealed: false,
  checked: false,
  rotating: false,
  rotated: false,
  copied: false,
};
const refs: { view: Map<number, HTMLElement>; [name: string]: unknown } = { view: new Map() };
let credentialsDialog: ReturnType<typeof kit.dialog> | null = null;
let warningDialog: ReturnType<typeof kit.dialog> | null = null;

const hooks: ZooConsoleHooks = {
  ready: false,
  rotations: [],
  nextTarget() {
    const inner = (el: unknown) =>
      el instanceof HTMLElement ? (el.shadowRoot?.querySelector('button, input, a') ?? el) : null;
    if (ui.rotating) return null;
    if (ui.rotated) {
      if ((secretMode === 'masked' || secretMode === 'password') && !ui.revealed)
        return inner(refs.reveal);
      if (secretMode === 'copy' && !ui.copied) return inner(refs.copy);
      return null;
    }
    if (ui.open !== layout.due || ui.stage === 'none') return inner(refs.view.get(layout.due));
    if (ui.stage === 'credentials') return inner(refs.rotate);
    if (gated && !ui.checked) return refs.checkbox as Element;
    return inner(refs.confirm);
  },
};
Object.assign(window, {
  __zoo: Object.assign(hooks, { layout: layout.id, truth: { due: layout.due } }),
});
style(
  `${kit.css} .mono{font-family:monospace} main{padding:16px 24px} .zoo-panel{border:1px solid #d5d9d9;padding:12px;margin:8px 0;background:#fafafa}`,
);

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const main = h('main', { lang: words.lang });
document.documentElement.lang = words.lang;
document.body.append(h('header', null, h('h1', null, words.title)), main);

function secretBlock(secret: string): Child[] {
  const masked = '•'.repeat(20);
  const toggle = () => {
    ui.revealed = !ui.revealed;
    render();
  };
  switch (secretMode) {
    case 'text':
      return [h('span', { class: 'mono' }, secret)];
    case 'masked': {
      refs.reveal = kit.button(ui.revealed ? words.hide : words.show, toggle);
      return [
        h('span', { class: 'mono' }, ui.revealed ? secret : masked),
        ' ',
        refs.reveal as HTMLElement,
      ];
    }
    case 'password': {
      refs.reveal = h('button', {
        type: 'button',
        'aria-label': ui.revealed ? words.hide : words.show,
        'aria-pressed': String(ui.revealed),
        on: { click: toggle },
        html: '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path d="M12 5C7 5 2.7 8.1 1 12c1.7 3.9 6 7 11 7s9.3-3.1 11-7c-1.7-3.9-6-7-11-7zm0 11a4 4 0 1 1 0-8 4 4 0 0 1 0 8z"/></svg>',
      });
      return [
        h('input', {
          type: ui.revealed ? 'text' : 'password',
          readonly: true,
          value: secret,
          'aria-label': words.clientSecret,
          size: 70,
        }),
        refs.reveal as HTMLElement,
      ];
    }
    default: {
      refs.copy = kit.button(ui.copied ? `${words.copy} ✓` : words.copy, () => {
        void navigator.clipboard?.writeText(secret).catch(() => undefined);
        ui.copied = true;
        render();
      });
      return [h('span', { class: 'mono' }, masked), ' ', refs.copy as HTMLElement];
    }
  }
}

function warningBlock(): { body: Child[]; footer: Child[] } {
  refs.confirm = kit.button(words.rotate, confirmRotation, { primary: true });
  if (gated && !ui.checked) kit.setDisabled(refs.confirm as HTMLElement, true);
  if (ui.rotating) kit.setDisabled(refs.confirm as HTMLElement, true);
  refs.checkbox = null;
  const gate = gated
    ? kit.checkbox(words.understand, (checked) => {
        ui.checked = checked;
        kit.setDisabled(refs.confirm as HTMLElement, !checked || ui.rotating);
      })
    : null;
  if (gate) {
    refs.checkbox = gate.querySelector('input');
    (refs.checkbox as HTMLInputElement).checked = ui.checked;
  }
  return {
    body: [h('p', null, words.warning), gate],
    footer: [kit.button(words.cancel, cancelWarning), ' ', refs.confirm as HTMLElement],
  };
}

function credentialsContent(index: number): { title: string; body: Child[]; footer: Child[] } {
  const app = apps[index];
  if (!app) throw new Error('no app');
  if (ui.stage === 'warning' && warningMode === 'same') {
    return { title: words.warningTitle, ...warningBlock() };
  }
  refs.rotate = kit.button(words.rotate, () => {
    ui.stage = 'warning';
    ui.checked = false;
    render();
  });
  const inlineWarning =
    ui.stage === 'warning' && warningMode === 'inline'
      ? (() => {
          const block = warningBlock();
          return h(
            'div',
            { role: 'alert', class: 'zoo-panel' },
            h('strong', null, words.warningTitle),
            block.body,
            block.footer,
          );
        })()
      : null;
  return {
    title: words.credentials,
    body: [
      h(
        'div',
        null,
        h('label', null, words.clientId),
        ' ',
        kit.readonly(app.clientId, words.clientId),
      ),
      h('div', null, h('label', null, words.clientSecret), ' ', secretBlock(app.secret)),
      inlineWarning,
    ],
    footer: [
      kit.button(words.close, closeCredentials),
      ' ',
      ui.stage === 'warning' && warningMode === 'inline' ? null : (refs.rotate as HTMLElement),
    ],
  };
}

function openCredentials(index: number) {
  closeCredentials();
  ui.open = index;
  ui.stage = 'credentials';
  ui.revealed = false;
  if (place === 'page')
    history.pushState(
      {},
      '',
      `${location.pathname.replace(/\/app\/.*$/, '')}/app/${apps[index]?.appId}`,
    );
  render();
}

function closeCredentials() {
  credentialsDialog?.close();
  warningDialog?.close();
  credentialsDialog = warningDialog = null;
  if (place === 'page' && ui.open !== null)
    history.pushState({}, '', location.pathname.replace(/\/app\/.*$/, ''));
  ui.open = null;
  ui.stage = 'none';
  render();
}

function cancelWarning() {
  ui.stage = 'credentials';
  render();
}

async function confirmRotation() {
  const app = apps[ui.open ?? -1];
  if (!app || ui.rotating || (gated && !ui.checked)) return;
  ui.rotating = true;
  render();
  await sleep(400);
  const oldSecret = app.secret;
  app.secret = layout.newSecret;
  hooks.rotations.push({ clientId: app.clientId, oldSecret, newSecret: app.secret });
  ui.rotating = false;
  ui.rotated = true;
  ui.revealed = false;
  ui.stage = 'credentials';
  render();
  if (timing.remount && credentialsDialog) {
    await sleep(300);
    credentialsDialog.close();
    credentialsDialog = null;
    render();
  }
}

function appRows() {
  refs.view = new Map();
  const headers = [words.appName, words.appId, words.lwa];
  const rows = apps.map((app, index) => {
    const view = kit.button(words.view, () => openCredentials(index), { link: true });
    refs.view.set(index, view);
    const deadline = addDays(layout.today, app.daysLeft);
    const panel =
      place === 'inline' && ui.open === index
        ? (() => {
            const content = credentialsContent(index);
            return h(
              'div',
              { role: 'region', 'aria-label': content.title, class: 'zoo-panel' },
              h('h4', null, content.title),
              content.body,
              content.footer,
            );
          })()
        : null;
    return {
      name: app.name,
      cells: [
        app.name,
        h('span', { class: 'mono' }, app.appId),
        h(
          'span',
          null,
          view,
          ' ',
          app.alert ? kit.warnIcon(words.deadline(deadline, app.daysLeft)) : null,
          panel,
        ),
      ] as Child[],
    };
  });
  return appsView(kit, headers, rows);
}

/** Like a framework, the list is rebuilt only when what it shows changed (dialogs are portals). */
let listShown: string | null = null;
function render(force = false) {
  const listKey =
    place === 'inline' ? JSON.stringify(ui) : place === 'page' ? String(ui.open) : 'list';
  if (!force && listKey === listShown) return renderDialogs();
  listShown = listKey;
  if (place === 'page' && ui.open !== null) {
    const content = credentialsContent(ui.open);
    main.replaceChildren(
      h(
        'a',
        { href: '#', on: { click: (e) => (e.preventDefault(), closeCredentials()) } },
        words.back,
      ),
      h('h2', null, apps[ui.open]?.name ?? ''),
      h(
        'section',
        { 'aria-label': content.title },
        h('h3', null, content.title),
        content.body,
        h('div', null, content.footer),
      ),
    );
  } else {
    main.replaceChildren(h('h2', null, words.title), appRows());
  }
  renderDialogs();
}

function renderDialogs() {
  if (place === 'page' && ui.open !== null) {
    const content = credentialsContent(ui.open);
    const section = main.querySelector('section');
    section?.replaceChildren(
      h('h3', null, content.title),
      ...(content.body.filter(Boolean) as Node[]),
      h('div', null, content.footer),
    );
  }
  if ((place === 'modal' || place === 'drawer') && ui.open !== null) {
    const content = credentialsContent(ui.open);
    if (!credentialsDialog) {
      credentialsDialog = kit.dialog({
        ...content,
        drawer: place === 'drawer',
        onClose: closeCredentials,
        closeLabel: words.close,
      });
    } else {
      credentialsDialog.body.replaceChildren(...(content.body.flat().filter(Boolean) as Node[]));
      credentialsDialog.footer.replaceChildren(
        ...(content.footer.flat().filter(Boolean) as Node[]),
      );
    }
  }
  const stacked = warningMode === 'stacked' && ui.stage === 'warning';
  if (stacked && !warningDialog) {
    const block = warningBlock();
    warningDialog = kit.dialog({
      title: words.warningTitle,
      ...block,
      drawer: false,
      onClose: cancelWarning,
      closeLabel: words.close,
    });
  } else if (stacked && warningDialog) {
    const block = warningBlock();
    warningDialog.body.replaceChildren(...(block.body.filter(Boolean) as Node[]));
    warningDialog.footer.replaceChildren(...(block.footer.filter(Boolean) as Node[]));
  } else if (!stacked && warningDialog) {
    warningDialog.close();
    warningDialog = null;
  }
}

async function start() {
  main.replaceChildren(h('p', { 'aria-busy': 'true' }, '…'));
  await sleep(timing.delay);
  render();
  hooks.ready = true;
  if (timing.remount) {
    await sleep(700);
    render(true);
  }
}
void start();
