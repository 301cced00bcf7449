/**
 * How each front-end kit of Amazon's console renders the parts the console is made of:
 * Katal web components (open shadow roots, text in attributes), React with hashed classes
 * and portal dialogs, and plain HTML with native <dialog>.
 */
import { type Child, h, hashed } from './h';

export type DialogHandle = {
  root: HTMLElement;
  body: HTMLElement;
  footer: HTMLElement;
  close(): void;
};
export type DialogOptions = {
  title: string;
  body: Child[];
  footer: Child[];
  drawer: boolean;
  onClose(): void;
  closeLabel: string;
};

export type ConsoleKit = {
  css: string;
  button(
    label: string,
    onClick: () => void,
    opts?: { primary?: boolean; link?: boolean },
  ): HTMLElement;
  setDisabled(button: HTMLElement, disabled: boolean): void;
  dialog(opts: DialogOptions): DialogHandle;
  readonly(value: string, label: string): HTMLElement;
  warnIcon(tooltip: string): HTMLElement;
  checkbox(label: string, onChange: (checked: boolean) => void): HTMLElement;
  table(headers: string[], rows: Child[][]): HTMLElement;
  cls(name: string): string;
};

const BASE_CSS = `
body{font:14px Arial,sans-serif;margin:0;color:#0f1111}
.zoo-drawer{position:fixed;top:0;right:0;bottom:0;width:460px;background:#fff;box-shadow:-4px 0 16px #0003;padding:16px;overflow:auto;z-index:50}
.zoo-modal{position:fixed;top:12%;left:50%;transform:translateX(-50%);width:560px;background:#fff;border-radius:8px;box-shadow:0 8px 32px #0004;padding:16px;z-index:60}
.zoo-backdrop{position:fixed;inset:0;background:#0006;z-index:40}
`;

function katal(contents: boolean): ConsoleKit {
  const box = contents ? 'display:contents' : null;
  return {
    css: BASE_CSS,
    button(label, onClick, opts = {}) {
      const el = h('kat-button', {
        label,
        variant: opts.link ? 'link' : opts.primary ? 'primary' : 'secondary',
        style: box,
      });
      el.addEventListener('click', (event) => {
        event.preventDefault();
        onClick();
      });
      return el;
    },
    setDisabled(button, disabled) {
      if (disabled) button.setAttribute('disabled', '');
      else button.removeAttribute('disabled');
    },
    dialog({ title, body, footer, drawer, onClose, closeLabel }) {
      const bodyBox = h('div', null, body);
      const footerBox = h('kat-modal-footer', { slot: 'footer' }, footer);
      if (drawer) {
        const root = h(
          'div',
          { role: 'dialog', 'aria-modal': 'true', 'aria-label': title, class: 'zoo-drawer' },
          h('kat-label', { text: title, style: box }),
          h('kat-button', {
            label: closeLabel,
            variant: 'tertiary',
            on: { click: onClose },
            style: box,
          }),
          bodyBox,
          h('div', null, footerBox),
        );
        document.body.append(root);
        return { root, body: bodyBox, footer: footerBox, close: () => root.remove() };
      }
      const root = h('kat-modal', { visible: 'true', header: title, 'close-label': closeLabel });
      root.append(bodyBox, footerBox);
      root.addEventListener('close', onClose);
      document.body.append(root);
      return { root, body: bodyBox, footer: footerBox, close: () => root.remove() };
    },
    readonly(value, label) {
      return h('kat-input', { readonly: true, value, type: 'text', label, style: box });
    },
    warnIcon(tooltip) {
      return h(
        'kat-tooltip',
        { content: tooltip, position: 'top' },
        h('kat-icon', { name: 'warning', size: 'small' }),
      );
    },
    checkbox(label, onChange) {
      const input = h('input', {
        type: 'checkbox',
        on: { change: (e) => onChange((e.target as HTMLInputElement).checked) },
      });
      return h('label', null, input, ` ${label}`);
    },
    table(headers, rows) {
      return h(
        'kat-table',
        null,
        h(
          'kat-table-head',
          { role: 'rowgroup' },
          h(
            'kat-table-row',
            { role: 'row' },
            headers.map((t) => h('kat-table-cell', { role: 'columnheader' }, t)),
          ),
        ),
        h(
          'kat-table-body',
          { role: 'rowgroup' },
          rows.map((cells) =>
            h(
              'kat-table-row',
              { role: 'row' },
              cells.map((c) => h('kat-table-cell', { role: 'cell' }, c)),
            ),
          ),
        ),
      );
    },
    cls: (name) => `kat-${name}`,
  };
}

/** React + emotion: hashed classes, native buttons, dialogs as portals with React 18 ids. */
const react: ConsoleKit = {
  css: BASE_CSS,
  button(label, onClick, opts = {}) {
    return h(
      'button',
      {
        type: 'button',
        class: `${hashed('css', opts.primary ? 'primary' : 'button')} ${hashed('ltr', label)}`,
        on: { click: onClick },
      },
      label,
    );
  },
  setDisabled(button, disabled) {
    (button as HTMLButtonElement).disabled = disabled;
  },
  dialog({ title, body, footer, drawer, onClose, closeLabel }) {
    const id = `:r${Math.floor(Math.random() * 40).toString(36)}:`;
    const bodyBox = h('div', { class: hashed('css', 'body') }, body);
    const footerBox = h('div', { class: hashed('css', 'footer') }, footer);
    const root = h(
      'div',
      {
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': id,
        class: `${drawer ? 'zoo-drawer' : 'zoo-modal'} ${hashed('css', 'dialog')}`,
      },
      h('h2', { id, class: hashed('css', 'title') }, title),
      h(
        'button',
        {
          type: 'button',
          'aria-label': closeLabel,
          class: hashed('css', 'x'),
          on: { click: onClose },
        },
        '×',
      ),
      bodyBox,
      footerBox,
    );
    const portal = h(
      'div',
      { class: hashed('css', 'portal') },
      drawer ? null : h('div', { class: 'zoo-backdrop' }),
      root,
    );
    document.body.append(portal);
    return { root, body: bodyBox, footer: footerBox, close: () => portal.remove() };
  },
  readonly(value, label) {
    return h('input', {
      readonly: true,
      value,
      'aria-label': label,
      class: hashed('css', 'input'),
      size: 60,
    });
  },
  warnIcon(tooltip) {
    const id = hashed('tip', tooltip);
    return h(
      'span',
      { class: hashed('css', 'warn') },
      h('svg', {
        role: 'img',
        'aria-label': 'Warning',
        'aria-describedby': id,
        html: `<title>${tooltip}</title>`,
      }),
      h('div', { role: 'tooltip', id, hidden: true }, tooltip),
    );
  },
  checkbox(label, onChange) {
    const input = h('input', {
      type: 'checkbox',
      class: hashed('css', 'cb'),
      on: { change: (e) => onChange((e.target as HTMLInputElement).checked) },
    });
    return h('label', { class: hashed('css', 'cbl') }, input, h('span', null, label));
  },
  table(headers, rows) {
    return h(
      'div',
      { role: 'table', class: hashed('css', 'table') },
      h(
        'div',
        { role: 'rowgroup' },
        h(
          'div',
          { role: 'row', class: hashed('css', 'hrow') },
          headers.map((t) => h('div', { role: 'columnheader' }, t)),
        ),
      ),
      h(
        'div',
        { role: 'rowgroup' },
        rows.map((cells) =>
          h(
            'div',
            { role: 'row', class: hashed('css', 'row') },
            cells.map((c) => h('div', { role: 'cell' }, c)),
          ),
        ),
      ),
    );
  },
  cls: (name) => hashed('css', name),
};

/** Server-rendered HTML with native <dialog> (showModal) and a plain <table>. */
const native: ConsoleKit = {
  css: BASE_CSS,
  button(label, onClick, opts = {}) {
    return h(
      'button',
      { type: 'button', class: opts.primary ? 'btn btn-primary' : 'btn', on: { click: onClick } },
      label,
    );
  },
  setDisabled(button, disabled) {
    (button as HTMLButtonElement).disabled = disabled;
  },
  dialog({ title, body, footer, drawer, onClose, closeLabel }) {
    const bodyBox = h('div', { class: 'dialog-body' }, body);
    const footerBox = h('form', { method: 'dialog', class: 'dialog-footer' }, footer);
    const root = h(
      'dialog',
      {
        class: drawer ? 'zoo-drawer' : '',
        style: drawer ? 'margin:0 0 0 auto;height:100vh;max-height:none' : null,
      },
      h(
        'header',
        null,
        h('h2', null, title),
        h('button', { type: 'button', 'aria-label': closeLabel, on: { click: onClose } }, '✕'),
      ),
      bodyBox,
      footerBox,
    );
    root.addEventListener('cancel', (event) => {
      event.preventDefault();
      onClose();
    });
    document.body.append(root);
    (root as HTMLDialogElement).showModal();
    return { root, body: bodyBox, footer: footerBox, close: () => root.remove() };
  },
  readonly(value, label) {
    return h('input', { readonly: true, value, 'aria-label': label, size: 60 });
  },
  warnIcon(tooltip) {
    return h(
      'span',
      { class: 'icon icon-warning', title: tooltip, 'aria-label': tooltip, role: 'img' },
      '⚠',
    );
  },
  checkbox(label, onChange) {
    const input = h('input', {
      type: 'checkbox',
      on: { change: (e) => onChange((e.target as HTMLInputElement).checked) },
    });
    return h('label', null, input, ` ${label}`);
  },
  table(headers, rows) {
    return h(
      'table',
      { class: 'apps' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          headers.map((t) => h('th', null, t)),
        ),
      ),
      h(
        'tbody',
        null,
        rows.map((cells) =>
          h(
            'tr',
            null,
            cells.map((c) => h('td', null, c)),
          ),
        ),
      ),
    );
  },
  cls: (name) => name,
};

export const CONSOLE_KITS = {
  katal: katal(false),
  katalContents: katal(true),
  react,
  native,
};
