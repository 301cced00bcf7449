/**
 * The extension on a host page it runs on (a console URL): main-thread time under heavy DOM
 * churn with and without it, and what it runs while the page sits idle.
 */
import type { Page } from '@playwright/test';
import { openPage, type Side, URLS } from './browser';
import { waitForTable } from './measure-console';
import { churnPage, consolePage } from './pages';
import { median, type Spread, spread } from './stats';
import { traced } from './trace';

const CHURN = { frames: 90, nodesPerFrame: 1000 };
/** Past the rotation watcher's after-load polling (10 s) and the reporter's layout grace (8 s). */
const SETTLE_AFTER_LOAD_MS = 11_000;

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;

/**
 * CPU seconds the page's main thread has used so far (`ThreadTime`). CPU time, not the wall
 * time of its tasks (`TaskDuration`): on a shared machine a task's wall time also counts the
 * moments another process held the core, which swung the ratio from 0.45 to 1.20.
 */
async function mainThreadCpuSeconds(cdp: Cdp): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
}

/** Main-thread CPU time (ms) of one churn burst (fixed work) on an open page. */
async function churnBurst(page: Page, cdp: Cdp): Promise<number> {
  const before = await mainThreadCpuSeconds(cdp);
  await page.evaluate(
    (churn) => (window as unknown as { __churn(o: typeof churn): Promise<number> }).__churn(churn),
    CHURN,
  );
  // Let a debounced reaction to the last mutations run inside the measured time.
  await page.waitForTimeout(600);
  const after = await mainThreadCpuSeconds(cdp);
  return (after - before) * 1000;
}

type ChurnPage = { page: Page; cdp: Cdp };

async function openChurnPage(side: Side): Promise<ChurnPage> {
  const page = await openPage(side, URLS.console, churnPage());
  await page.waitForFunction(() => '__churn' in window);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

async function closeChurnPage({ page, cdp }: ChurnPage): Promise<void> {
  await cdp.detach();
  await page.close();
}

export type Churn = {
  /** Median of the per-pair ratios with / without: each pair ran back to back. */
  ratio: Spread;
  withMs: number;
  withoutMs: number;
  pairs: number;
};

/**
 * ABBA…: each pair runs both sides back to back, the side that goes first alternating, so a
 * busy spell or a drift of the machine hits both alike; the ratio is taken within each pair and
 * the median of those ratios reported with its spread. The first pair warms up and is dropped.
 * `settled`: both pages are opened once and left past the content script's after-load work
 * (a page in use); otherwise every burst runs on a freshly loaded page.
 */
export async function churnOverhead(
  withExtension: Side,
  without: Side,
  pairs: number,
  { settled }: { settled: boolean },
): Promise<Churn> {
  const open = settled
    ? await Promise.all([openChurnPage(withExtension), openChurnPage(without)])
    : null;
  if (open) await open[0].page.waitForTimeout(SETTLE_AFTER_LOAD_MS);
  const burst = async (side: Side, index: 0 | 1): Promise<number> => {
    const kept = open?.[index];
    if (kept) return churnBurst(kept.page, kept.cdp);
    const fresh = await openChurnPage(side);
    await fresh.page.waitForTimeout(300);
    try {
      return await churnBurst(fresh.page, fresh.cdp);
    } finally {
      await closeChurnPage(fresh);
    }
  };
  const on: number[] = [];
  const off: number[] = [];
  const ratios: number[] = [];
  try {
    for (let index = 0; index <= pairs; index++) {
      let withMs: number;
      let withoutMs: number;
      if (index % 2 === 0) {
        withoutMs = await burst(without, 1);
        withMs = await burst(withExtension, 0);
      } else {
        withMs = await burst(withExtension, 0);
        withoutMs = await burst(without, 1);
      }
      if (index === 0) continue; // warm-up
      on.push(withMs);
      off.push(withoutMs);
      ratios.push(withMs / withoutMs);
    }
  } finally {
    if (open) await Promise.all(open.map(closeChurnPage));
  }
  return { ratio: spread(ratios), withMs: median(on), withoutMs: median(off), pairs };
}

export type Idle = {
  extensionTimers: number;
  extensionMs: number;
  pageMs: number;
  windowMs: number;
};

/**
 * A console page that has finished loading and then sees no activity for `windowMs`: timers and
 * main-thread time that the extension's scripts run meanwhile, from `after` ms past the table's
 * arrival. `due` puts an app with an expiry
 * alert on the page (the guide is then on screen).
 */
export async function idleActivity(
  side: Side,
  apps: number,
  { due, after, windowMs }: { due: boolean; after: number; windowMs: number },
): Promise<Idle> {
  const browser = side.context.browser();
  if (!browser) throw new Error('no browser handle to trace with');
  const page = await openPage(side, URLS.console, consolePage(apps, { due }).html);
  await waitForTable(page, apps);
  await page.waitForTimeout(after);
  const { split } = await traced(browser, page, () => page.waitForTimeout(windowMs));
  await page.close();
  return {
    extensionTimers: split.extensionTimers,
    extensionMs: split.extensionMs,
    pageMs: split.totalMs - split.extensionMs,
    windowMs,
  };
}
