/**
 * Service-worker cold start: the worker is stopped (DevTools protocol), then a console page
 * loads and its content script reports the apps; the time from navigation to storage.local
 * holding that report, cold against warm (the same page with the worker running).
 * storage.local is watched from an extension page, which does not wake the worker.
 */
import type { Page } from '@playwright/test';
import { openPage, type Side, serviceWorker, URLS } from './browser';
import { consolePage } from './pages';
import { median, repeat } from './stats';

type Watcher = {
  __appsAt: number | null;
  chrome: {
    storage: {
      local: {
        clear(): Promise<void>;
        onChanged: { addListener(l: (c: Record<string, unknown>) => void): void };
      };
    };
  };
};

async function extensionPage(side: Side): Promise<Page> {
  const worker = await serviceWorker(side.context);
  const page = await side.context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/manifest.json`);
  await page.evaluate(() => {
    const scope = window as unknown as Watcher;
    scope.__appsAt = null;
    scope.chrome.storage.local.onChanged.addListener((changes) => {
      if ('apps' in changes) scope.__appsAt ??= performance.timeOrigin + performance.now();
    });
  });
  return page;
}

type Run = { navigationToReportMs: number; startToReportMs: number | null };

/** Stops the worker and returns a getter for when it was next seen starting (epoch ms). */
async function stopWorkers(page: Page): Promise<() => number | null> {
  const cdp = await page.context().newCDPSession(page);
  let stopped = false;
  let startedAt: number | null = null;
  cdp.on(
    'ServiceWorker.workerVersionUpdated',
    ({ versions }: { versions: { runningStatus: string }[] }) => {
      const status = versions[0]?.runningStatus;
      if (status === 'stopped') stopped = true;
      if (stopped && status === 'starting') startedAt ??= Date.now();
    },
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  return () => startedAt;
}

async function navigationToReport(side: Side, watcher: Page, cold: boolean): Promise<Run> {
  await watcher.evaluate(async () => {
    const scope = window as unknown as Watcher;
    await scope.chrome.storage.local.clear();
    scope.__appsAt = null;
  });
  let startedAt: () => number | null = () => null;
  if (cold) {
    startedAt = await stopWorkers(watcher);
    await watcher.waitForTimeout(500);
  } else await (await serviceWorker(side.context)).evaluate(() => 1);
  const page = await openPage(side, URLS.console, consolePage(10).html);
  const started = await page.evaluate(() => performance.timeOrigin);
  const handle = await watcher.waitForFunction(
    () => (window as unknown as Watcher).__appsAt,
    null,
    { timeout: 30_000 },
  );
  const reportedAt = (await handle.jsonValue()) as number;
  await page.close();
  const start = startedAt();
  return {
    navigationToReportMs: reportedAt - started,
    startToReportMs: start === null ? null : reportedAt - start,
  };
}

export type ColdStart = { coldMs: number; warmMs: number; startToHandledMs: number };

export async function coldStart(side: Side, repetitions: number): Promise<ColdStart> {
  const watcher = await extensionPage(side);
  const warm = await repeat(repetitions, () => navigationToReport(side, watcher, false));
  const cold = await repeat(repetitions, () => navigationToReport(side, watcher, true));
  await watcher.close();
  const starts = cold.map((run) => run.startToReportMs).filter((ms): ms is number => ms !== null);
  if (starts.length === 0)
    throw new Error('the stopped service worker was never seen starting again');
  return {
    coldMs: median(cold.map((run) => run.navigationToReportMs)),
    warmMs: median(warm.map((run) => run.navigationToReportMs)),
    startToHandledMs: median(starts),
  };
}
