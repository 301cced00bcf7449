/**
 * The extension on a host page it runs on (a console URL): main-thread time under heavy DOM
 * churn with and without it, and what it runs while the page sits idle.
 */
import type { Page } from '@playwright/test';
import { openPage, type Side, URLS } from './browser';
import { waitForTable } from './measure-console';
import { churnPage, consolePage } from './pages';
import { median } from './stats';
import { traced } from './trace';

const CHURN = { frames: 40, nodesPerFrame: 1000 };

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;

/** Seconds of main-thread tasks so far (counted from Performance.enable on this session). */
async function taskSeconds(cdp: Cdp): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
}

/** Main-thread task time of one churn run (fixed work), on a fresh page. */
async function churnOnce(side: Side): Promise<number> {
  const page = await openPage(side, URLS.console, churnPage());
  await page.waitForFunction(() => '__churn' in window);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(300);
  const before = await taskSeconds(cdp);
  await page.evaluate(
    (churn) => (window as unknown as { __churn(o: typeof churn): Promise<number> }).__churn(churn),
    CHURN,
  );
  // Let a debounced reaction to the last mutations run inside the measured time.
  await page.waitForTimeout(600);
  const after = await taskSeconds(cdp);
  await cdp.detach();
  await page.close();
  return (after - before) * 1000;
}

export type Churn = { withMs: number; withoutMs: number };

/** Alternates the two browsers so that a busy spell on the machine hits both alike. */
export async function churnOverhead(
  withExtension: Side,
  without: Side,
  repetitions: number,
): Promise<Churn> {
  const on: number[] = [];
  const off: number[] = [];
  for (let index = 0; index < repetitions; index++) {
    off.push(await churnOnce(without));
    on.push(await churnOnce(withExtension));
  }
  return { withMs: median(on), withoutMs: median(off) };
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
