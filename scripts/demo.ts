/**
 * `npm run demo`: Chromium with the built extension and the simulated Amazon console and
 * VendorAuto sites, so anyone can try the flow without an account.
 * `npm run demo -- --headless`: walks the whole flow on its own and writes screenshots.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/browser';
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
  const context = await chromium.launchPersistentContext('', {
    headless,
    executablePath: chromiumPath(),
    viewport: { width: 1280, height: 820 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...CHROMIUM_ARGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const sites = await installSites(context);
  serve(sites, CONSOLE.url, CONSOLE.fixture);
  serve(sites, VENDORAUTO.url, VENDORAUTO.fixture);
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

async function walkThrough(context: BrowserContext, extensionId: string): Promise<void> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  const amazon = await context.newPage();
  await amazon.goto(CONSOLE.url);
  await amazon.getByText(CONSOLE.app, { exact: true }).waitFor();
  await amazon.waitForTimeout(800);
  await shot(amazon, 'console-apps-with-expiry-alert');

  let popup = await openPopup(context, extensionId);
  await popup.getByText(CONSOLE.app).first().waitFor();
  await shot(popup, 'popup-apps-by-urgency', 'main');
  await popup.close();

  await amazon.bringToFront();
  await amazon
    .getByRole('row')
    .filter({ hasText: CONSOLE.app })
    .getByText('View', { exact: true })
    .click();
  const rotateButton = amazon
    .locator('kat-modal[visible="true"]')
    .getByRole('button', { name: 'Rotate secret' });
  await rotateButton.click();
  const confirm = amazon
    .locator('kat-modal[visible="true"]')
    .last()
    .getByRole('button', { name: 'Rotate secret' });
  await confirm.waitFor();
  await amazon.waitForTimeout(300);
  await shot(amazon, 'console-rotate-warning');
  await confirm.click();
  await amazon.waitForFunction(
    () =>
      (window as unknown as { __fixture: { rotations: unknown[] } }).__fixture.rotations.length ===
      1,
  );
  await amazon.waitForTimeout(600);
  await shot(amazon, 'console-new-secret-captured');

  const vendorAuto = await context.newPage();
  await vendorAuto.goto(VENDORAUTO.url);
  await vendorAuto.getByText('Bluebird Kitchen UK').waitFor();

  popup = await openPopup(context, extensionId);
  await popup.getByRole('button', { name: 'Fill in VendorAuto' }).waitFor();
  await shot(popup, 'popup-secret-waiting-for-vendorauto', 'main');
  await popup.getByRole('button', { name: 'Fill in VendorAuto' }).click();

  await vendorAuto.bringToFront();
  await vendorAuto.getByRole('button', { name: 'Confirm', exact: true }).waitFor();
  await vendorAuto.waitForTimeout(700);
  await shot(vendorAuto, 'vendorauto-filled-confirm-highlighted');
  await vendorAuto.getByRole('button', { name: 'Confirm', exact: true }).click();
  await vendorAuto.getByRole('button', { name: 'Yes, replace' }).click();
  await vendorAuto.getByText('Client Secret updated').first().waitFor();
  await vendorAuto.waitForTimeout(500);
  await shot(vendorAuto, 'vendorauto-saved');

  await popup.reload();
  await popup.getByText('Done — VendorAuto has the new secret').waitFor();
  await shot(popup, 'popup-rotation-done', 'main');

  const gray = await context.newPage();
  await gray.goto(URLS.vendorCentral);
  await gray.getByText('Acme Vendor Feed').first().waitFor();
  await gray.waitForTimeout(1200);
  popup = await openPopup(context, extensionId);
  await popup.getByText('Stop before rotating.').waitFor();
  await shot(popup, 'popup-prerequisite-add-app-client-gray', 'main');
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
  1. In the "Seller Central" tab: View on "${CONSOLE.app}", Rotate secret, Rotate secret again.
  2. In the popup tab (the same page as the toolbar button): Fill in VendorAuto.
  3. In the "VendorAuto" tab: click the highlighted Confirm, then "Yes, replace".
Close the browser window to end the demo.`);
  await new Promise<void>((done) => context.on('close', () => done()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
