/**
 * The console content script on a console page with N apps: what its load costs (evaluation +
 * first reads, from a trace), how long one read of the page takes, and how long a new secret
 * takes from the DOM to the background's storage.session.
 */
import type { Page } from '@playwright/test';
import { rotate, viewCredentials } from '../../tests/support/flows';
import { openPage, type Side, serviceWorker, URLS } from './browser';
import { consolePage } from './pages';
import { inIsolatedWorld } from './probes';
import { median, repeat } from './stats';
import { traced } from './trace';

type FixtureWindow = {
  __fixture: { rerender(): void; rotations: unknown[] };
  __benchSecretAt?: number | null;
};

export async function waitForTable(page: Page, apps: number): Promise<void> {
  await page.waitForFunction(
    (count) => document.querySelectorAll('kat-table-row[role=row]').length >= count,
    apps,
    {
      timeout: 120_000,
    },
  );
}

export type LoadCost = { extensionMs: number; pageMs: number; longestExtensionTaskMs: number };

/** Page load with the extension, traced: the extension's script time against the page's own. */
export async function loadCost(side: Side, apps: number, repetitions: number): Promise<LoadCost> {
  const browser = side.context.browser();
  if (!browser) throw new Error('no browser handle to trace with');
  const { html } = consolePage(apps);
  side.pages.set(URLS.console, html);
  const runs = await repeat(repetitions, async () => {
    const page = await side.context.newPage();
    const { split } = await traced(browser, page, async () => {
      await page.goto(URLS.console);
      await waitForTable(page, apps);
      // The first read is debounced 400 ms after the table appears.
      await page.waitForTimeout(1500);
    });
    await page.close();
    return split;
  });
  return {
    extensionMs: median(runs.map((r) => r.extensionMs)),
    pageMs: median(runs.map((r) => r.totalMs - r.extensionMs)),
    longestExtensionTaskMs: median(runs.map((r) => r.longestExtensionTaskMs)),
  };
}

/** One frame's worth of the page's own work: the console re-rendering its apps region (and layout). */
export async function pageRenderMs(page: Page): Promise<number> {
  const samples = await repeat(5, () =>
    page.evaluate(() => {
      const started = performance.now();
      (window as unknown as FixtureWindow).__fixture.rerender();
      void document.body.offsetHeight;
      return performance.now() - started;
    }),
  );
  return median(samples);
}

export type ReadCost = { readMs: number; pageFrameMs: number };

/** readConsolePage in an isolated world against the console's own re-render, on the same page. */
export async function readCost(side: Side, apps: number): Promise<ReadCost> {
  const page = await openPage(side, URLS.console, consolePage(apps).html);
  await waitForTable(page, apps);
  const pageFrameMs = await pageRenderMs(page);
  const probe = await inIsolatedWorld<{ ms: number; apps: number }>(
    page,
    '__benchProbe.readConsole(7)',
  );
  await page.close();
  if (probe.apps !== apps) throw new Error(`the page model read ${probe.apps} of ${apps} apps`);
  return { readMs: probe.ms, pageFrameMs };
}

/**
 * A person rotates the due app's secret (trusted clicks, as in the e2e tests); the latency runs
 * from the console putting the new secret in the DOM (a main-world observer) to storage.session
 * holding it (a listener in the service worker). Both clocks are wall-clock epoch ms.
 */
export async function captureLatency(
  side: Side,
  apps: number,
  repetitions: number,
): Promise<number> {
  const worker = await serviceWorker(side.context);
  const { html, dueApp } = consolePage(apps);
  const samples = await repeat(repetitions, async () => {
    await worker.evaluate(async () => {
      const scope = globalThis as unknown as BenchWorker;
      await scope.chrome.storage.session.clear();
      scope.__benchCapturedAt = null;
      if (!scope.__benchListening) {
        scope.__benchListening = true;
        scope.chrome.storage.session.onChanged.addListener((changes) => {
          // No inner named functions here: tsx would wrap them in a helper the worker lacks.
          const secrets = changes.secrets;
          if (
            secrets &&
            Object.keys((secrets.newValue as object | undefined) ?? {}).length >
              Object.keys((secrets.oldValue as object | undefined) ?? {}).length
          )
            scope.__benchCapturedAt ??= performance.timeOrigin + performance.now();
        });
      }
    });
    const page = await openPage(side, URLS.console, html);
    await waitForTable(page, apps);
    await page.evaluate(() => {
      const scope = window as unknown as FixtureWindow;
      scope.__benchSecretAt = null;
      const observer = new MutationObserver(() => {
        if (scope.__fixture.rotations.length > 0) {
          scope.__benchSecretAt = performance.timeOrigin + performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    await viewCredentials(page, dueApp.name);
    await rotate(page, { confirm: true });
    const inDom = await (
      await page.waitForFunction(() => (window as unknown as FixtureWindow).__benchSecretAt, null, {
        timeout: 30_000,
      })
    ).jsonValue();
    let held: number | null = null;
    for (let waited = 0; held === null && waited < 30_000; waited += 25) {
      held = await worker.evaluate(() => (globalThis as unknown as BenchWorker).__benchCapturedAt);
      if (held === null) await new Promise((r) => setTimeout(r, 25));
    }
    await page.close();
    if (held === null || typeof inDom !== 'number')
      throw new Error(`no capture on the ${apps}-app page`);
    return held - inDom;
  });
  return median(samples);
}

type BenchWorker = {
  __benchCapturedAt: number | null;
  __benchListening?: boolean;
  chrome: {
    storage: {
      session: {
        clear(): Promise<void>;
        onChanged: {
          addListener(
            listener: (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => void,
          ): void;
        };
      };
    };
  };
};
