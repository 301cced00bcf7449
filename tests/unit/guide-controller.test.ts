/**
 * When an on-page guide reads the page again: after changes in the page and in the open shadow
 * root around its target, however many came while a read was already due, and never while hidden.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGuide, type Guide } from '../../utils/content/guide-controller';
import type { Overlay } from '../../utils/content/overlay';
import { setStatus, wait } from './support/page-changes';

let titles: string[];
let guide: Guide;

const overlay: Overlay = {
  highlight: () => {},
  refresh: () => {},
  card: (props) => {
    if (props) titles.push(props.title);
  },
  clear: () => {},
  destroy: () => {},
};

/** The step is whatever the page's status line says; the target sits in a shadow root. */
function readPage() {
  const host = document.getElementById('widget');
  const target = host?.shadowRoot?.querySelector('button') ?? null;
  const status = [
    document.getElementById('status')?.textContent ?? '',
    target?.textContent ?? '',
  ].join(' / ');
  return { step: null, title: status, body: '', tone: 'info' as const, target };
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p id="status">apps</p><div id="widget"></div>';
  document
    .getElementById('widget')
    ?.attachShadow({ mode: 'open' })
    .append(Object.assign(document.createElement('button'), { textContent: 'View' }));
  titles = [];
  guide = createGuide(overlay, readPage);
});

afterEach(() => {
  guide.hide();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

function shadowButton(): HTMLButtonElement | null | undefined {
  return document.getElementById('widget')?.shadowRoot?.querySelector('button');
}

describe('guide re-reads the page', () => {
  it('redraws after a change, including the last of a burst', async () => {
    guide.show();
    expect(titles).toEqual(['apps / View']);
    setStatus('credentials');
    await wait(50);
    setStatus('warning');
    await wait(1000);
    expect(titles).toEqual(['apps / View', 'warning / View']);
  });

  it('keeps listening after each redraw, in the page and in the shadow root around the target', async () => {
    guide.show();
    await wait(1000);
    setStatus('credentials');
    await wait(1000);
    const button = shadowButton();
    if (button) button.textContent = 'Rotate secret';
    await wait(1000);
    setStatus('warning');
    await wait(1000);
    expect(titles).toEqual([
      'apps / View',
      'credentials / View',
      'credentials / Rotate secret',
      'warning / Rotate secret',
    ]);
  });

  it('reads nothing while hidden', async () => {
    guide.show();
    guide.hide();
    setStatus('credentials');
    await wait(2000);
    expect(titles).toEqual(['apps / View']);
  });
});
