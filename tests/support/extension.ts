/**
 * The one Playwright fixture every e2e test uses: Debian's Chromium with the PRODUCTION build
 * loaded, the simulated sites at their real URLs, and handles on the extension.
 */
import { resolve } from 'node:path';
import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from './browser';
import { installSites, type SiteMap, serve } from './sites';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export type ExtensionFixtures = {
  /**
   * VendorAuto origins the user has already confirmed as theirs when the test starts (the
   * simulated app's). Tests of the first-time trust step set it to [].
   */
  trustedVendorAuto: string[];
  /** The browser's interface language for the whole test ("de"); unset, the machine's (English here). */
  uiLanguage: string | undefined;
  context: BrowserContext;
  sites: SiteMap;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens the popup as a page (same document the toolbar shows). */
  openPopup: () => Promise<Page>;
  /** Serves `fixture` (a path under tests/fixtures) at `url` and opens it in a new tab. */
  openSite: (url: string, fixture: string) => Promise<Page>;
  /** Reads a whole storage area as the extension sees it. */
  readStorage: (area: 'local' | 'session' | 'sync') => Promise<Record<string, unknown>>;
};

export const TRUSTED_SIMULATED_VENDORAUTO = [
  'https://app.vendorauto.com',
  'https://vendorauto.com',
];

export const test = base.extend<ExtensionFixtures>({
  trustedVendorAuto: [TRUSTED_SIMULATED_VENDORAUTO, { option: true }],
  uiLanguage: [undefined, { option: true }],
  context: async ({ uiLanguage }, use) => {
    const context = await launchWithExtension(
      EXTENSION_DIR,
      { headless: true, viewport: { width: 1280, height: 860 } },
      uiLanguage,
    );
    await use(context);
    await context.close();
  },
  sites: async ({ context }, use) => {
    await use(await installSites(context));
  },
  serviceWorker: async ({ context, trustedVendorAuto }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    if (trustedVendorAuto.length > 0) {
      await worker.evaluate((origins) => {
        const { chrome } = globalThis as unknown as ChromeGlobal;
        return chrome.storage.local.set({ settings: { trustedVendorAutoOrigins: origins } });
      }, trustedVendorAuto);
    }
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
  },
  openSite: async ({ context, sites, serviceWorker }, use) => {
    void serviceWorker; // the extension must be up before any page, or its content scripts may miss it
    await use(async (url, fixture) => {
      serve(sites, url, fixture);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    });
  },
  readStorage: async ({ context }, use) => {
    await use(async (area) => {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return worker.evaluate((name) => {
        const { chrome } = globalThis as unknown as ChromeGlobal;
        return chrome.storage[name as 'local'].get(null);
      }, area);
    });
  },
});

export { expect } from '@playwright/test';

/** Just what tests call on the extension's `chrome` global from the service worker. */
export type ChromeGlobal = {
  chrome: {
    storage: Record<
      'local' | 'session' | 'sync',
      { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> }
    >;
    runtime: { getManifest(): Record<string, unknown>; reload(): void };
  };
};

/** The isolated worlds the extension's content scripts run in on `page`, via the DevTools protocol. */
export async function contentScriptWorlds(page: Page, extensionId: string): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  const worlds: string[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${extensionId}`) worlds.push(context.name);
  });
  await session.send('Runtime.enable');
  await session.detach();
  return worlds;
}
