/**
 * From the captured secret to VendorAuto's filled field in one click. A scripted seller does
 * only what the extension asks, and every action is counted: the three Amazon confirmations
 * (View, Rotate secret, the warning's confirm), "Continue in VendorAuto", and VendorAuto's own
 * two (Confirm, "Are you sure?"). The manual procedure takes 13 clicks, 10 keystrokes and 8 tab
 * switches, with the secret carried by hand through a text editor (docs/performance.md).
 */
import type { Page, Worker } from '@playwright/test';
import { type ChromeGlobal, expect, test } from '../support/extension';
import { pageExposes } from '../support/flows';
import { cardText, clickCardButton } from '../support/overlay';
import { confirmInVendorAuto, rotateAndContinue, Seller } from '../support/seller';
import { URLS } from '../support/sites';

type Saved = { instanceId: string; clientId: string; clientSecret: string };
type Rotated = { clientId: string; newSecret: string };

const saved = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __vendorAuto: { saved: Saved[] } }).__vendorAuto.saved,
  );
const rotations = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __fixture: { rotations: Rotated[] } }).__fixture.rotations,
  );

async function activeTabUrl(worker: Worker): Promise<string | undefined> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ url?: string }[]> } };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.url;
  });
}

test('one app: six actions from the console to saved, no keystroke, no clipboard, no tab switch', async ({
  openSite,
  serviceWorker,
  readStorage,
}) => {
  const vendorAuto = await openSite(URLS.vendorAutoInstances, 'vendorauto/instances-table.html');
  const amazon = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  const seller = new Seller();

  await rotateAndContinue(seller, amazon, 'Northwind Inventory Sync');
  // The extension brings VendorAuto forward itself and fills there.
  await expect.poll(() => activeTabUrl(serviceWorker)).toBe(URLS.vendorAutoInstances);
  await confirmInVendorAuto(seller, vendorAuto);

  const [rotation] = await rotations(amazon);
  expect(await saved(vendorAuto)).toEqual([
    expect.objectContaining({
      instanceId: 'ins_1057',
      clientId: rotation?.clientId,
      clientSecret: rotation?.newSecret,
    }),
  ]);
  expect(seller.log).toHaveLength(6);
  expect({
    clicks: seller.clicks,
    keystrokes: seller.keystrokes,
    tabSwitches: seller.tabSwitches,
    clipboard: seller.clipboardUses,
  }).toEqual({ clicks: 6, keystrokes: 0, tabSwitches: 0, clipboard: 0 });
  await expect.poll(async () => (await readStorage('session')).secrets).toEqual({});
  expect(await pageExposes(vendorAuto, rotation?.newSecret ?? '')).toBe(false);
});

test('two apps in a row: six clicks each; the console comes back by itself for the next app', async ({
  openSite,
  serviceWorker,
}) => {
  const vendorAuto = await openSite(URLS.vendorAutoInstances, 'vendorauto/instances-two-due.html');
  const amazon = await openSite(URLS.sellerCentralUs, 'amazon/many-apps.html');
  const seller = new Seller();

  await rotateAndContinue(seller, amazon, 'Ads Budget Guard');
  await expect.poll(() => activeTabUrl(serviceWorker)).toBe(URLS.vendorAutoInstances);
  await confirmInVendorAuto(seller, vendorAuto);
  const first = seller.clicks;
  // Saved, and another app is due: the console comes forward, its panel with the new secret closed.
  await expect.poll(() => activeTabUrl(serviceWorker)).toContain(URLS.sellerCentralUs);
  await rotateAndContinue(seller, amazon, 'Inventory Sync');
  await expect.poll(() => activeTabUrl(serviceWorker)).toBe(URLS.vendorAutoInstances);
  await confirmInVendorAuto(seller, vendorAuto);

  const done = await rotations(amazon);
  expect(done).toHaveLength(2);
  await expect
    .poll(() => saved(vendorAuto))
    .toEqual(
      done.map((rotation) =>
        expect.objectContaining({ clientId: rotation.clientId, clientSecret: rotation.newSecret }),
      ),
    );
  expect(first).toBe(6);
  expect(seller.clicks - first).toBe(6);
  expect({ keystrokes: seller.keystrokes, tabSwitches: seller.tabSwitches }).toEqual({
    keystrokes: 0,
    tabSwitches: 0,
  });
});

test('a VendorAuto login in between: the secret waits, and the fill resumes once the Instances page shows', async ({
  openSite,
  context,
  sites,
  serviceWorker,
}) => {
  // The user worked in VendorAuto before, so the extension knows where its Instances page is.
  await serviceWorker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    await chrome.storage.local.set({
      vendorAutoSeen: { origin: new URL(url).origin, instancesUrl: url, seenAt: Date.now() },
    });
  }, URLS.vendorAutoInstances);
  // ...but the session has ended since.
  sites.set(URLS.vendorAutoInstances, 'vendorauto/session-expired.html');
  sites.set('https://app.vendorauto.com/login', 'vendorauto/login.html');
  const amazon = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  const seller = new Seller();

  const opened = context.waitForEvent('page');
  await rotateAndContinue(seller, amazon, 'Northwind Inventory Sync');
  const vendorAuto = await opened;
  await vendorAuto.waitForURL('https://app.vendorauto.com/login?next=%2Finstances');
  await expect.poll(() => cardText(vendorAuto)).toContain('Log in to VendorAuto');

  // Logging in is VendorAuto's business; the server then serves the Instances page again.
  await seller.type(vendorAuto, '#email', 'dana@acme.example');
  await seller.type(vendorAuto, '#password', 'correct horse');
  sites.set(URLS.vendorAutoInstances, 'vendorauto/instances-table.html');
  await seller.click(vendorAuto, 'Log in', () =>
    vendorAuto.getByRole('button', { name: 'Log in' }).click(),
  );
  await vendorAuto.waitForURL(URLS.vendorAutoInstances);

  await confirmInVendorAuto(seller, vendorAuto);
  const [rotation] = await rotations(amazon);
  expect(await saved(vendorAuto)).toEqual([
    expect.objectContaining({ clientId: rotation?.clientId, clientSecret: rotation?.newSecret }),
  ]);
  // The extension asked for nothing beyond the login itself.
  expect(seller.clicks).toBe(7);
});

test('a page script imitating the card, or clicking it, cannot start a fill', async ({
  openSite,
  readStorage,
}) => {
  const vendorAuto = await openSite(URLS.vendorAutoInstances, 'vendorauto/instances-table.html');
  const amazon = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  const seller = new Seller();
  await seller.clickRing(amazon, 'Choose View for “Northwind Inventory Sync”');
  await seller.clickRing(amazon, 'Choose Rotate secret');
  await seller.clickRing(amazon, 'Read the warning and choose Rotate secret again');
  await expect.poll(() => cardText(amazon)).toContain('Continue in VendorAuto');

  // The page draws its own "Continue in VendorAuto" and clicks every button it can reach.
  await amazon.evaluate(() => {
    const fake = document.createElement('button');
    fake.textContent = 'Continue in VendorAuto';
    document.body.append(fake);
    fake.click();
    for (const host of document.querySelectorAll('lwa-rotator-overlay, [data-lwa-rotator-overlay]'))
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  });
  await amazon.waitForTimeout(1500);
  const rotationsNow = (await readStorage('local')).rotations as Record<string, { status: string }>;
  expect(Object.values(rotationsNow).map((r) => r.status)).toEqual(['captured']);
  expect(await saved(vendorAuto)).toEqual([]);
  await expect(vendorAuto.getByRole('dialog')).toHaveCount(0);
  // The real card's button still works for the person.
  await clickCardButton(amazon, 'Continue in VendorAuto');
  await expect
    .poll(async () =>
      Object.values((await readStorage('local')).rotations as object).map(
        (r) => (r as { status: string }).status,
      ),
    )
    .toEqual(['filled']);
});
