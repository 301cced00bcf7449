/**
 * WCAG 2.2 AA (axe) on the popup, the options page and the on-page card, and the popup by
 * keyboard alone. Runs the accessibility build (`wxt build --mode a11y`, .output/chrome-mv3-a11y):
 * the production code with the card's shadow root open so axe can see into it.
 */
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { launchWithExtension } from '../support/browser';
import { rotateInConsole } from '../support/flows';
import { installSites, type SiteMap, serve, URLS } from '../support/sites';

const A11Y_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3-a11y');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const APP = 'Northwind Inventory Sync';

const test = base.extend<{
  extension: BrowserContext;
  sites: SiteMap;
  openSite: (url: string, fixture: string) => Promise<Page>;
  openExtensionPage: (path: string, size: { width: number; height: number }) => Promise<Page>;
}>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
  extension: async ({}, use) => {
    const context = await launchWithExtension(A11Y_BUILD, {
      headless: true,
      viewport: { width: 1280, height: 860 },
    });
    await use(context);
    await context.close();
  },
  sites: async ({ extension }, use) => {
    await use(await installSites(extension));
  },
  openSite: async ({ extension, sites }, use) => {
    await use(async (url, fixture) => {
      serve(sites, url, fixture);
      const page = await extension.newPage();
      await page.goto(url);
      return page;
    });
  },
  openExtensionPage: async ({ extension }, use) => {
    const id = new URL(extension.serviceWorkers()[0]?.url() ?? '').host;
    await use(async (path, size) => {
      const page = await extension.newPage();
      await page.setViewportSize(size);
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    });
  },
});

const POPUP = { width: 400, height: 600 };

async function expectNoViolations(page: Page, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.length}× — ${v.nodes[0]?.failureSummary ?? ''}`,
  );
  expect(summary).toEqual([]);
}

/** A captured secret waiting for VendorAuto: the popup's busiest state. */
async function captureSecret(openSite: (url: string, fixture: string) => Promise<Page>) {
  const console = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  const rotation = await rotateInConsole(console, APP);
  const vendorAuto = await openSite(URLS.vendorAutoInstances, 'vendorauto/instances-table.html');
  return { rotation, vendorAuto };
}

test('popup with a hand-off, the app list and the opened Steps list: no WCAG 2.2 AA violation', async ({
  openSite,
  openExtensionPage,
}) => {
  await captureSecret(openSite);
  const popup = await openExtensionPage('popup.html', POPUP);
  await expect(popup.getByRole('button', { name: 'Fill in VendorAuto' })).toBeVisible();
  await popup.locator('.steps-box summary').click();
  await expect(popup.locator('.steps .step').first()).toBeVisible();
  await expectNoViolations(popup);
});

test('options page: no WCAG 2.2 AA violation', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html', { width: 1000, height: 800 });
  await expect(options.getByRole('heading', { name: /Settings/ })).toBeVisible();
  await expectNoViolations(options);
});

test('the on-page card, as a step and after the capture: no WCAG 2.2 AA violation', async ({
  openSite,
}) => {
  const console = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  const card = console.locator('lwa-rotator-overlay .slot');
  await expect(card).toContainText(`Choose View for “${APP}”`);
  await expectNoViolations(console, 'lwa-rotator-overlay');

  await rotateInConsole(console, APP);
  await expect(card).toContainText('New secret captured');
  await expectNoViolations(console, 'lwa-rotator-overlay');
});

test('the page outline page: no WCAG 2.2 AA violation', async ({ openSite, openExtensionPage }) => {
  const console = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  await expect(console.locator('lwa-rotator-overlay .slot')).toContainText('Copy page outline');
  const blank = await openExtensionPage('outline.html', { width: 1000, height: 800 });
  const tabId = await blank.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } };
    };
    return (await chrome.tabs.query({ url: `${url}*` }))[0]?.id;
  }, URLS.sellerCentralUs);
  const outline = await openExtensionPage(`outline.html?tab=${tabId}`, {
    width: 1000,
    height: 800,
  });
  await expect(outline.getByRole('button', { name: 'Copy outline' })).toBeVisible();
  await expectNoViolations(outline);
});

/** Contrast ratio of two `rgb(...)` colours (WCAG relative luminance). */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, bl = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test('the popup by keyboard alone: a visible focus ring, the Steps list, Trust, Fill in VendorAuto', async ({
  openSite,
  openExtensionPage,
}) => {
  const { rotation, vendorAuto } = await captureSecret(openSite);
  const popup = await openExtensionPage('popup.html', POPUP);
  await expect(popup.getByRole('button', { name: 'Fill in VendorAuto' })).toBeVisible();

  const focused = () =>
    popup.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const style = element ? getComputedStyle(element) : null;
      return {
        text: element?.textContent?.trim() ?? '',
        tag: element?.localName ?? '',
        outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
        outlineColor: style?.outlineColor ?? '',
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
  const tabTo = async (
    match: (f: Awaited<ReturnType<typeof focused>>) => boolean,
    key: 'Tab' | 'Shift+Tab' = 'Tab',
  ) => {
    for (let presses = 0; presses < 30; presses++) {
      await popup.keyboard.press(key);
      const now = await focused();
      expect(now.outline, `focus ring on ${now.tag} "${now.text}"`).toMatch(/^solid [3-9]/);
      expect(contrast(now.outlineColor, now.background)).toBeGreaterThanOrEqual(3);
      if (match(now)) return;
    }
    throw new Error('never reached by Tab');
  };

  await tabTo((f) => f.tag === 'summary');
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.steps .step').first()).toBeVisible();

  // A fresh install: trusting the VendorAuto address works by keyboard too.
  await tabTo((f) => f.text === 'Trust app.vendorauto.com', 'Shift+Tab');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('button', { name: 'Trust app.vendorauto.com' })).toHaveCount(0);
  // Focus moves on to the button that now works.
  await expect.poll(async () => (await focused()).text).toBe('Fill in VendorAuto');
  await popup.keyboard.press('Enter');
  await expect(vendorAuto.locator('#va-edit-secret')).toHaveValue(rotation.newSecret);
});
