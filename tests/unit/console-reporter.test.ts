/**
 * When the console reporter reads the page again. The reading itself is stubbed with the page's
 * text so these tests see exactly which changes reached a report; the real readers run in
 * Chromium in tests/model.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsolePage } from '../../utils/sites/amazon-console/apps';
import { setStatus, wait } from './support/page-changes';

let reads = 0;
const readCount = () => reads;

vi.mock('../../utils/sites/amazon-console/apps', () => ({
  readConsolePage: (root: Document): ConsolePage => {
    reads += 1;
    return {
      layout: 'apps',
      apps: [],
      banner: { text: root.body.textContent ?? '', deadline: null },
      addAppClient: 'absent',
    };
  },
}));

const { watchConsolePage } = await import('../../utils/sites/amazon-console/reporter');

const OPTIONS = () => ({ today: new Date('2026-12-03T00:00:00Z'), locale: 'en-US' });
let controller: AbortController;
let reports: string[];

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p id="status">one</p>';
  controller = new AbortController();
  reports = [];
  watchConsolePage(OPTIONS, (page) => reports.push(page.banner?.text ?? ''), controller.signal);
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('console reporter re-reads', () => {
  it('reports the page once it has settled, and not again while nothing changes', async () => {
    await wait(500);
    expect(reports).toEqual(['one']);
    await wait(10_000);
    expect(reports).toEqual(['one']);
  });

  it('sees every change made while a read is already scheduled', async () => {
    setStatus('two');
    await wait(100);
    // The observer has let go until the scheduled read; these changes must still be read.
    setStatus('three');
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'four' }));
    await wait(500);
    expect(reports).toEqual(['threefour']);
  });

  it('listens again after each read, so a later change is reported too', async () => {
    await wait(500);
    setStatus('later');
    await wait(2000);
    setStatus('much later');
    await wait(2000);
    expect(reports).toEqual(['one', 'later', 'much later']);
  });

  it('reads a busy page at most every 1.5 s after its first report', async () => {
    await wait(500);
    for (let tick = 0; tick < 30; tick += 1) {
      setStatus(`busy ${tick}`);
      await wait(100);
    }
    // 3 s of changes every 100 ms: the first report, then at most two more.
    expect(reports.length).toBeLessThanOrEqual(3);
    await wait(2000);
    expect(reports.at(-1)).toBe('busy 29');
  });

  it('reads a page that keeps changing, but not what is read from it, less and less often', async () => {
    await wait(500);
    const readsBefore = readCount();
    let ticks = 0;
    const counted = document.createElement('i');
    // A ticker outside what is read: its changes never change the reading.
    document.body.append(counted);
    const started = Date.now();
    const ticker = setInterval(() => {
      counted.setAttribute('aria-hidden', String(ticks++ % 2 === 0));
    }, 100);
    await wait(30_000);
    clearInterval(ticker);
    expect(Date.now() - started).toBeGreaterThanOrEqual(30_000);
    // 30 s of changes: at the busy pace that is 20 reads; backing off, the new reading still
    // arrives (the status below) but the page was not walked every 1.5 s.
    setStatus('changed at last');
    await wait(13_000);
    expect(reports).toEqual(['one', 'changed at last']);
    expect(readCount() - readsBefore).toBeLessThanOrEqual(8);
  });

  it('a person’s click brings back the busy pace at once; a script’s click does not', async () => {
    await wait(500);
    for (let tick = 0; tick < 6; tick += 1) {
      document.body.append(document.createElement('i'));
      await wait(3000);
    }
    const before = readCount();
    setStatus('next view');
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await wait(1000);
    expect(reports.at(-1)).toBe('one');
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    document.body.dispatchEvent(click);
    await wait(1600);
    expect(reports.at(-1)).toBe('next view');
    expect(readCount()).toBeGreaterThan(before);
  });

  it('stops reading once the content script is torn down', async () => {
    await wait(500);
    controller.abort();
    setStatus('after teardown');
    await wait(5000);
    expect(reports).toEqual(['one']);
  });
});
