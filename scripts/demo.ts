/**
 * `npm run demo`: Chromium with the built extension and the simulated Amazon console and
 * VendorAuto sites, so anyone can try the flow without an account.
 * `npm run demo -- --headless`: walks the whole flow on its own and writes screenshots.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { launchWithExtension } from '../tests/support/browser';
import {
  type Box,
  cardText,
  clickCardButton,
  clickHighlighted,
  waitForGuide,
} from '../tests/support/overlay';
import { installSites, serve, URLS } from '../tests/support/sites';

const EXTENSION_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3');
const OUTPUT_DIR = resolve(import.meta.dirname, '../demo-output');
const headless = process.argv.includes('--headless');

const CONSOLE = {
  url: URLS.sellerCentralUs,
  fixture: 'amazon/seller-central-us.html',
  app: 'Northwind Inventory Sync',
};
const VENDORAUTO = { url: URLS.vendorAutoInstances, fixture: 'vendorauto/instances-table.html' };

async function launch(): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await launchWithExtension(EXTENSION_DIR, {
    headless,
    viewport: { width: 1280, height: 820 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const sites = await installSites(context);
  serve(sites, CONSOLE.url, CONSOLE.fixture);
  serve(sites, VENDORAUTO.url, VENDORAUTO.fixture);
  serve(sites, URLS.vendorAutoDashboard, 'vendorauto/dashboard.html');
  serve(sites, URLS.sellerCentralDe, 'amazon/seller-central-de.html');
  serve(sites, URLS.vendorCentral, 'amazon/vendor-central-api-integration-disabled.html');
  return { context, extensionId: new URL(worker.url()).host };
}

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

const shots: string[] = [];
async function shot(page: Page, name: string, target?: string): Promise<void> {
  const path = resolve(OUTPUT_DIR, `${String(shots.length + 1).padStart(2, '0')}-${name}.png`);
  if (target) await page.locator(target).screenshot({ path });
  else await page.screenshot({ path });
  shots.push(path);
}

/** Follows only what the guide highlights, with a screenshot of every step. */
async function walkThrough(context: BrowserContext, extensionId: string): Promise<void> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  const amazon = await context.newPage();
  await amazon.goto(CONSOLE.url);
  const step = async (page: Page, name: string, title: string, options: { notAt?: Box } = {}) => {
    await page.bringToFront();
    await waitForGuide(page, title, options);
    await shot(page, name);
    return clickHighlighted(page, title, options);
  };

  await waitForGuide(amazon, `Choose View for “${CONSOLE.app}”`);
  let popup = await openPopup(context, extensionId);
  await popup.getByText(CONSOLE.app).first().waitFor();
  await shot(popup, 'popup-apps-by-urgency-and-steps', 'main');
  await popup.close();

  await step(amazon, 'console-step-view', `Choose View for “${CONSOLE.app}”`);
  await step(amazon, 'console-step-rotate-secret', 'Choose Rotate secret');
  await step(
    amazon,
    'console-step-confirm-warning',
    'Read the warning and choose Rotate secret again',
  );
  await expect.poll(() => cardText(amazon)).toContain('New secret captured');
  await amazon.waitForTimeout(300);
  await shot(amazon, 'console-new-secret-captured');

  // The seller's VendorAuto is open in another tab (logged in). First time only: which address is theirs.
  const vendorAuto = await context.newPage();
  await vendorAuto.goto(VENDORAUTO.url);
  await amazon.bringToFront();
  const panelOpens = context.waitForEvent('page');
  await clickCardButton(amazon, 'Continue in VendorAuto');
  const panel = await panelOpens;
  await panel.setViewportSize({ width: 420, height: 720 });
  await panel.getByRole('button', { name: 'Trust app.vendorauto.com' }).waitFor();
  await shot(panel, 'first-time-trust-your-vendorauto-address', 'main');
  await panel.getByRole('button', { name: 'Trust app.vendorauto.com' }).click();
  // From now on one click does it: "Fill in VendorAuto" here, or "Continue in VendorAuto" on the card.
  await panel.getByRole('button', { name: 'Fill in VendorAuto' }).click();
  await panel.close();

  await expect.poll(() => cardText(vendorAuto)).toContain('now confirm');
  const confirm = await step(vendorAuto, 'vendorauto-filled-confirm', 'now confirm');
  await step(vendorAuto, 'vendorauto-step-are-you-sure', 'now confirm', { notAt: confirm });
  await expect.poll(() => cardText(vendorAuto)).toContain('Client Secret updated');
  await vendorAuto.waitForTimeout(300);
  await shot(vendorAuto, 'vendorauto-saved');

  popup = await openPopup(context, extensionId);
  await popup.getByText('Done — VendorAuto says it saved the new secret').waitFor();
  await shot(popup, 'popup-rotation-done', 'main');

  const gray = await context.newPage();
  await gray.goto(URLS.vendorCentral);
  await expect.poll(() => cardText(gray)).toContain('“Add new app client” is gray');
  await shot(gray, 'console-prerequisite-add-app-client-gray');
  popup = await openPopup(context, extensionId);
  await popup.getByText('Stop before rotating.').waitFor();
  await shot(popup, 'popup-prerequisite-stop', 'main');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('heading', { name: /Settings/ }).waitFor();
  await shot(options, 'options-page');
}

async function main(): Promise<void> {
  const { context, extensionId } = await launch();
  if (headless) {
    try {
      await walkThrough(context, extensionId);
    } finally {
      await context.close();
    }
    console.log('Demo screenshots:');
    for (const path of shots) console.log(`  ${path}`);
    return;
  }
  const amazon = await context.newPage();
  await amazon.goto(CONSOLE.url);
  const vendorAuto = await context.newPage();
  await vendorAuto.goto(VENDORAUTO.url);
  await openPopup(context, extensionId);
  console.log(`The extension is loaded with simulated sites (no account needed):
  1. In the "Seller Central" tab, follow the highlighted steps: View, Rotate secret, Rotate secret again.
  2. On the card, "Continue in VendorAuto". The first time, the extension asks which address is your
     VendorAuto: "Trust app.vendorauto.com", then "Fill in VendorAuto".
  3. VendorAuto comes forward with the new secret filled: click the highlighted Confirm, then "Yes, replace".
Close the browser window to end the demo.`);
  await new Promise<void>((done) => context.on('close', () => done()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
