/**
 * When the console reporter reads the page again. The reading itself is stubbed with the page's
 * text so these tests see exactly which changes reached a report; the real readers run in
 * Chromium in tests/model.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsolePage } from '../../utils/sites/amazon-console/apps';

vi.mock('../../utils/sites/amazon-console/apps', () => ({
  readConsolePage: (root: Document): ConsolePage => ({
    layout: 'apps',
    apps: [],
    banner: { text: root.body.textContent ?? '', deadline: null },
    addAppClient: 'absent',
  }),
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

/** Lets the observer's callback run, then the timers up to `ms`. */
async function wait(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

function setStatus(text: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

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

  it('stops reading once the content script is torn down', async () => {
    await wait(500);
    controller.abort();
    setStatus('after teardown');
    await wait(5000);
    expect(reports).toEqual(['one']);
  });
});
