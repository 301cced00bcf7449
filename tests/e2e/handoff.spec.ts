/**
 * The whole flow as a seller does it, in the production build: rotate in the console, see it
 * in the popup, open VendorAuto, "Fill in VendorAuto", confirm on the page. And the refusals.
 */
import type { Page, Worker } from '@playwright/test';
import { type ChromeGlobal, expect, test } from '../support/extension';
import { GERMAN, pageExposes, rotateInConsole } from '../support/flows';
import { seedCapture } from '../support/seed-capture';
import { URLS } from '../support/sites';

type Saved = { instanceId: string; clientId: string; clientSecret: string };
const saved = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __vendorAuto: { saved: Saved[] } }).__vendorAuto.saved,
  );

async function setSettings(worker: Worker, settings: Record<string, unknown>) {
  await worker.evaluate(async (changes) => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    const { settings: current } = (await chrome.storage.local.get(null)) as { settings?: object };
    await chrome.storage.local.set({ settings: { ...current, ...changes } });
  }, settings);
}

test('rotate in Seller Central, fill in VendorAuto, confirm: the right instance saves the NEW secret', async ({
  openSite,
  openPopup,
  readStorage,
}) => {
  const console = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  const rotation = await rotateInConsole(console, 'Northwind Inventory Sync');
  const vendorAuto = await openSite(URLS.vendorAutoInstances, 'vendorauto/instances-table.html');

  const popup = await openPopup();
  const card = popup.getByRole('article', { name: /Northwind Inventory Sync/ });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('client-id')).toHaveText(rotation.clientId);
  await expect(card.getByTestId('masked-secret')).toHaveText(
    `amzn1.oa2-cs.v1.••••${rotation.newSecret.slice(-4)}`,
  );
  await expect(card).toContainText(/wiped in 1[45] min/);
  await expect(popup.locator('body')).not.toContainText(rotation.newSecret);
  await card.getByRole('button', { name: 'Fill in VendorAuto' }).click();

  // On VendorAuto the secret is in the field and Confirm is highlighted; the user confirms.
  await expect(vendorAuto.getByRole('dialog', { name: 'Edit instance' })).toBeVisible();
  await expect(vendorAuto.locator('#va-edit-secret')).toHaveValue(rotation.newSecret);
  await expect(vendorAuto.locator('lwa-rotator-overlay')).toHaveCount(1);
  // Auto-confirm is off by default: nothing is saved until the user confirms.
  await vendorAuto.waitForTimeout(1000);
  expect(await saved(vendorAuto)).toEqual([]);
  await vendorAuto.getByRole('button', { name: 'Confirm', exact: true }).click();
  await vendorAuto.getByRole('button', { name: 'Yes, replace' }).click();

  await expect
    .poll(() => saved(vendorAuto))
    .toEqual([
      expect.objectContaining({
        instanceId: 'ins_1057',
        clientId: rotation.clientId,
        clientSecret: rotation.newSecret,
      }),
    ]);
  await expect(popup.getByText('Done — VendorAuto says it saved the new secret')).toBeVisible();
  await expect(popup.getByRole('article')).toHaveCount(0);

  // Afterwards no storage area holds the secret, old or new.
  await expect.poll(async () => (await readStorage('session')).secrets).toEqual({});
  const all = JSON.stringify([
    await readStorage('session'),
    await readStorage('local'),
    await readStorage('sync'),
  ]);
  expect(all).not.toContain(rotation.newSecret);
  expect(all).not.toContain(rotation.oldSecret);
  const [record] = Object.values(
    (await readStorage('local')).rotations as Record<string, Record<string, unknown>>,
  );
  expect(record).toMatchObject({ status: 'confirmed', newDeadline: rotation.newDeadline });
});

test('no instance with that Client ID: nothing is filled, the popup and the page say why', async ({
  openSite,
  openPopup,
  readStorage,
}) => {
  const console = await openSite(URLS.sellerCentralDe, 'amazon/seller-central-de.html');
  const rotation = await rotateInConsole(console, 'Lagerbestand-Abgleich', GERMAN);
  await console.getByRole('button', { name: 'Anzeigen', exact: true }).click();
  const vendorAuto = await openSite(URLS.vendorAutoInstances, 'vendorauto/instances-table.html');
  await expect(vendorAuto.getByText('Bluebird Kitchen UK')).toBeVisible();

  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Fill in VendorAuto' }).click();
  // The page's own search box was tried too: the message says so.
  await expect(popup.getByRole('alert')).toContainText(
    /No instance has the Client ID .*Tried: searched the list/,
  );
  await expect(vendorAuto.getByRole('dialog')).toHaveCount(0);
  expect(await saved(vendorAuto)).toEqual([]);
  // The secret waits for a retry on the right page.
  expect(Object.values((await readStorage('session')).secrets ?? {})).toEqual([
    expect.objectContaining({ secret: rotation.newSecret }),
  ]);
});

test('an ambiguous instance is refused: two instances carry the same Client ID', async ({
  openSite,
  openPopup,
  serviceWorker,
}) => {
  // Seed a capture for the duplicated instance's Client ID, as the console script would report it.
  const clientId = 'amzn1.application-oa2-client.94657ffb013fb18dc88978b395423c6b';
  const secret = `amzn1.oa2-cs.v1.${'7c'.repeat(32)}`;
  await seedCapture(serviceWorker, {
    clientId,
    secret,
    appName: 'Riverbend Home CA',
    consoleOrigin: 'https://vendorcentral.amazon.com',
  });
  const vendorAuto = await openSite(
    URLS.vendorAutoInstances,
    'vendorauto/instances-ambiguous.html',
  );
  await expect(vendorAuto.getByText('Riverbend Home CA (copy)')).toBeVisible();

  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Fill in VendorAuto' }).click();
  await expect(popup.getByRole('alert')).toContainText('2 instances could have the Client ID');
  await expect(vendorAuto.getByRole('dialog')).toHaveCount(0);
  expect(await saved(vendorAuto)).toEqual([]);
  expect(await pageExposes(vendorAuto, secret)).toBe(false);
});

test('an expired hand-off wipes the secret and cannot be filled', async ({
  openSite,
  openPopup,
  serviceWorker,
  readStorage,
}) => {
  const console = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  await rotateInConsole(console, 'Northwind Inventory Sync');
  await expect
    .poll(async () => Object.keys((await readStorage('session')).secrets ?? {}).length)
    .toBe(1);
  // Fifteen minutes pass: the rotation's deadline moves into the past and its alarm rings.
  await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeGlobal & {
      chrome: { alarms: { create(name: string, info: { when: number }): Promise<void> } };
    };
    const { rotations } = (await chrome.storage.local.get(null)) as {
      rotations: Record<string, { id: string; expiresAt: number }>;
    };
    const [rotation] = Object.values(rotations);
    if (!rotation) throw new Error('no rotation');
    rotation.expiresAt = Date.now() - 1000;
    await chrome.storage.local.set({ rotations });
    await chrome.alarms.create(`expire-handoff:${rotation.id}`, { when: Date.now() + 200 });
  });
  await expect
    .poll(async () => (await readStorage('session')).secrets, { timeout: 15_000 })
    .toEqual({});
  const [record] = Object.values(
    (await readStorage('local')).rotations as Record<string, Record<string, unknown>>,
  );
  expect(record).toMatchObject({ status: 'expired' });
  const popup = await openPopup();
  await expect(
    popup.getByText('Expired — the secret was wiped before it was filled'),
  ).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Fill in VendorAuto' })).toHaveCount(0);
});

test('the service worker stopped between capture and fill: the flow still completes', async ({
  context,
  openSite,
  openPopup,
  extensionId,
  readStorage,
}) => {
  const console = await openSite(URLS.vendorCentral, 'amazon/vendor-central-react.html');
  const rotation = await rotateInConsole(console, 'VendorAuto Connector');
  await expect
    .poll(async () => Object.keys((await readStorage('session')).secrets ?? {}).length)
    .toBe(1);

  // Stop the extension's worker the way Chrome does when it idles, and see it stop. The console
  // tab goes first, so its reports can't wake the worker straight away.
  const blank = await context.newPage();
  await console.close();
  const cdp = await context.newCDPSession(blank);
  const seen: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions)
      if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) seen.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => seen).toContain('stopped');

  const vendorAuto = await openSite(URLS.vendorAutoApp, 'vendorauto/instances-cards.html');
  await expect(vendorAuto.getByText('Harborline Marine')).toBeVisible();
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Fill in VendorAuto' }).click();
  await vendorAuto.getByRole('button', { name: 'Save', exact: true }).click();
  await vendorAuto.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect
    .poll(() => saved(vendorAuto))
    .toEqual([expect.objectContaining({ instanceId: 'c-205', clientSecret: rotation.newSecret })]);
  await expect(popup.getByText('Done — VendorAuto says it saved the new secret')).toBeVisible();
});

test('an edit PAGE (single-page app) with the secret field in a shadow root: the flow completes', async ({
  openSite,
  openPopup,
}) => {
  const console = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  const rotation = await rotateInConsole(console, 'Northwind Inventory Sync');
  const vendorAuto = await openSite(
    URLS.vendorAutoInstances,
    'vendorauto/instances-spa-edit-page.html',
  );
  await expect(vendorAuto.getByText('Northwind Goods US').first()).toBeVisible();
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Fill in VendorAuto' }).click();
  await expect(vendorAuto).toHaveURL(/\/instances\/\d+\/edit$/);
  await vendorAuto.getByRole('button', { name: 'Save', exact: true }).click();
  await vendorAuto.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect
    .poll(() => saved(vendorAuto))
    .toEqual([
      expect.objectContaining({ name: 'Northwind Goods US', clientSecret: rotation.newSecret }),
    ]);
  await expect(popup.getByText('Done — VendorAuto says it saved the new secret')).toBeVisible();
});

test('with auto-confirm turned on, the extension confirms both steps itself', async ({
  openSite,
  openPopup,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, { autoConfirm: true });
  const console = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  const rotation = await rotateInConsole(console, 'Northwind Inventory Sync');
  const vendorAuto = await openSite(URLS.vendorAutoInstances, 'vendorauto/instances-table.html');
  await expect(vendorAuto.getByText('Bluebird Kitchen UK')).toBeVisible();
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Fill in VendorAuto' }).click();
  await expect
    .poll(() => saved(vendorAuto))
    .toEqual([
      expect.objectContaining({ instanceId: 'ins_1057', clientSecret: rotation.newSecret }),
    ]);
  await expect(popup.getByText('Done — VendorAuto says it saved the new secret')).toBeVisible();
});
