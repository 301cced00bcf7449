/**
 * `npm run store-assets`: the store artwork in store/, rendered from the production build on the
 * simulated sites (no account, no network): four 1280x800 screenshots, the 440x280 promo tile and
 * the 128 px icon with the stores' 16 px transparent margin.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { launchWithExtension } from '../tests/support/browser';
import { cardText, clickHighlighted, waitForGuide } from '../tests/support/overlay';
import { installSites, serve, URLS } from '../tests/support/sites';

const ROOT = resolve(import.meta.dirname, '..');
const STORE = resolve(ROOT, 'store');
const APP = 'Northwind Inventory Sync';
const SIZE = { width: 1280, height: 800 };

async function dataUrl(path: string): Promise<string> {
  return `data:image/png;base64,${(await readFile(path)).toString('base64')}`;
}

async function renderHtml(
  context: BrowserContext,
  html: string,
  size: { width: number; height: number },
  path: string,
  transparent = false,
): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path, omitBackground: transparent });
  await page.close();
}

/** The popup beside a caption: the toolbar popup alone is 380 px wide, the stores want 1280x800. */
function popupScene(popupPng: string, title: string, text: string): string {
  return `<body style="margin:0;width:1280px;height:800px;display:flex;align-items:center;gap:64px;
    padding:0 96px;box-sizing:border-box;background:linear-gradient(135deg,#f0fdfa,#e2e8f0);
    font-family:system-ui,sans-serif;color:#0f172a">
    <div style="flex:1"><h1 style="font-size:44px;line-height:1.15;margin:0 0 20px;color:#0f766e">${title}</h1>
    <p style="font-size:24px;line-height:1.5;margin:0;color:#334155">${text}</p></div>
    <img src="${popupPng}" style="width:420px;border-radius:12px;box-shadow:0 18px 50px rgba(15,23,42,.25)"></body>`;
}

async function shootPage(page: Page, name: string): Promise<void> {
  await page.setViewportSize(SIZE);
  await page.waitForTimeout(400);
  await page.screenshot({ path: resolve(STORE, name) });
}

async function main(): Promise<void> {
  const context = await launchWithExtension(resolve(ROOT, '.output/chrome-mv3'), {
    headless: true,
    viewport: SIZE,
  });
  try {
    const extensionId = new URL(context.serviceWorkers()[0]?.url() ?? '').host;
    const sites = await installSites(context);
    serve(sites, URLS.sellerCentralUs, 'amazon/seller-central-us.html');
    serve(sites, URLS.vendorAutoInstances, 'vendorauto/instances-table.html');

    const amazon = await context.newPage();
    await amazon.goto(URLS.sellerCentralUs);
    await waitForGuide(amazon, `Choose View for “${APP}”`);
    await shootPage(amazon, 'screenshot-1-console-guide.png');

    await clickHighlighted(amazon, `Choose View for “${APP}”`);
    await clickHighlighted(amazon, 'Choose Rotate secret');
    await clickHighlighted(amazon, 'Read the warning and choose Rotate secret again');
    await expect.poll(() => cardText(amazon)).toContain('New secret captured');
    await shootPage(amazon, 'screenshot-2-captured.png');

    const vendorAuto = await context.newPage();
    await vendorAuto.goto(URLS.vendorAutoInstances);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('button', { name: 'Fill in VendorAuto' }).waitFor();
    const popupPng = resolve(ROOT, '.output/store-popup.png');
    await popup.locator('main').screenshot({ path: popupPng });
    await renderHtml(
      context,
      popupScene(
        await dataUrl(popupPng),
        'The new secret waits for VendorAuto — masked',
        'The toolbar popup shows the app, its Client ID and a countdown until the secret is wiped. One click hands it to your VendorAuto tab.',
      ),
      SIZE,
      resolve(STORE, 'screenshot-3-popup-handoff.png'),
    );
    await popup.getByRole('button', { name: 'Fill in VendorAuto' }).click();
    await vendorAuto.bringToFront();
    await waitForGuide(vendorAuto, 'now confirm');
    await shootPage(vendorAuto, 'screenshot-4-vendorauto-filled.png');

    const icon = await dataUrl(resolve(ROOT, 'public/icon/128.png'));
    // The stores show the 128 px icon with 16 px of transparent margin around 96 px of artwork.
    await renderHtml(
      context,
      `<body style="margin:0;background:transparent"><img src="${icon}" style="display:block;margin:16px;width:96px;height:96px"></body>`,
      { width: 128, height: 128 },
      resolve(STORE, 'icon-128.png'),
      true,
    );
    await renderHtml(
      context,
      `<body style="margin:0;width:440px;height:280px;box-sizing:border-box;padding:28px 30px;
        background:linear-gradient(135deg,#0f766e,#134e4a);color:#fff;font-family:system-ui,sans-serif">
        <div style="display:flex;align-items:center;gap:16px"><img src="${icon}" style="width:72px;height:72px;background:#fff;border-radius:16px;padding:6px">
        <div style="font-size:27px;font-weight:700;line-height:1.15">LWA Secret Rotator<br><span style="font-weight:400;font-size:19px">for VendorAuto</span></div></div>
        <p style="font-size:20px;line-height:1.35;margin:26px 0 0">Rotate your Amazon SP-API secret and fill it into VendorAuto — step by step, nothing copied by hand.</p></body>`,
      { width: 440, height: 280 },
      resolve(STORE, 'promo-440x280.png'),
    );
  } finally {
    await context.close();
  }
  console.log(`Store artwork written to ${STORE}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
