/**
 * Budgets for the page reads the content scripts repeat on a live page (the guide's redraws,
 * the watcher's polls after a click). Real Seller Central pages carry thousands of elements:
 * each fixture is grown to 5,000 before measuring. Each read is timed against a reference
 * measured in the same page and moment — one plain pass over every element reading its text —
 * so a loaded machine slows both alike; budgets are ~3x today's ratios, so a regression back
 * to whole-page label reads (10x and more) fails while a busy CI does not.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/model';
import { URLS } from '../support/sites';

const BUDGET = { read: 15, secrets: 8, view: 10, lookup: 12 };

async function growTo5000Elements(page: Page) {
  await page.evaluate(() => {
    const filler = document.createElement('nav');
    filler.innerHTML = `<ul>${'<li><a href="/menu" title="Menu item">Item <span>text</span></a></li>'.repeat(1600)}</ul>`;
    document.body.append(filler);
  });
}

/** What the page itself pays for one simple pass over its elements: the unit of the budgets. */
const REFERENCE =
  "(() => { let n = 0; for (const e of document.querySelectorAll('*')) n += (e.getAttribute('class') ?? '').length + (e.firstChild?.nodeValue ?? '').length; return n; })()";

/** How many reference passes one call of `expression` costs, both timed back to back. */
async function passesPerCall(page: Page, expression: string): Promise<number> {
  const reference = await msPerCall(page, REFERENCE);
  const call = await msPerCall(page, expression);
  return call / Math.max(reference, 0.05);
}

async function msPerCall(page: Page, expression: string): Promise<number> {
  return page.evaluate((source) => {
    const run = new Function('m', `return ${source}`) as (m: unknown) => unknown;
    const model = (window as unknown as { __model: unknown }).__model;
    run(model);
    const start = performance.now();
    for (let i = 0; i < 30; i++) run(model);
    return (performance.now() - start) / 30;
  }, expression);
}

test('console: reading apps, secrets and the current view stays cheap on a large page', async ({
  openModelSite,
}) => {
  const page = await openModelSite(URLS.sellerCentralUs, 'amazon/many-apps.html');
  await expect(page.getByText('Restock Forecaster')).toBeVisible();
  await growTo5000Elements(page);
  const options = "{ today: new Date(), locale: 'en-US' }";
  const read = await passesPerCall(page, `m.amazon.readConsolePage(document, ${options})`);
  const secrets = await passesPerCall(page, 'm.amazon.findSecretSightings(document)');
  const view = await passesPerCall(page, 'm.amazon.currentView(document)');
  console.log(
    `console reads in reference passes: read ${read.toFixed(1)}, secrets ${secrets.toFixed(1)}, view ${view.toFixed(1)}`,
  );
  expect(read).toBeLessThan(BUDGET.read);
  expect(secrets).toBeLessThan(BUDGET.secrets);
  expect(view).toBeLessThan(BUDGET.view);
});

test('VendorAuto: finding an instance stays cheap on a large page', async ({ openModelSite }) => {
  const page = await openModelSite(URLS.vendorAutoInstances, 'vendorauto/instances-table.html');
  await expect(page.getByText('Bluebird Kitchen UK')).toBeVisible();
  await growTo5000Elements(page);
  const call =
    "m.vendorAuto.findInstanceByClientId('amzn1.application-oa2-client.954bc481b38639c00b540bd6ee1a8cfe')";
  const lookup = await passesPerCall(page, call);
  console.log(`instance lookup in reference passes: ${lookup.toFixed(1)}`);
  expect(lookup).toBeLessThan(BUDGET.lookup);
});
