/**
 * Finding 7: the smaller holes, each as a page or a user would meet it.
 */
import type { Page } from '@playwright/test';
import { rotateInConsole, viewCredentials } from '../support/flows';
import { readOverlay } from '../support/overlay';
import { URLS } from '../support/sites';
import {
  captureNewSecret,
  expect,
  expectNoSecretInPage,
  expectSecretsOnlyInSession,
  fillFromPopup,
  NORTHWIND,
  POPUP_SAYS,
  rotationsOf,
  SETTLE_MS,
  setSettings,
  spyOnNotifications,
  TRUSTED_INSTANCES,
  test,
  trustOrigin,
} from './support';

test('the tab chooser names each tab’s origin and does not pre-select across origins', async ({
  openSite,
  openHostile,
  openPopup,
  readStorage,
}) => {
  await captureNewSecret(openSite, readStorage);
  await openHostile(URLS.vendorAutoInstances, TRUSTED_INSTANCES);
  await openHostile(URLS.vendorAutoApp, {
    fixture: 'vendorauto/instances-cards.html',
    inject: ['recorder.js'],
  });
  const popup = await openPopup();
  await trustOrigin(popup, 'app.vendorauto.com');
  await trustOrigin(popup, 'vendorauto.com');
  const chooser = popup.getByRole('combobox');
  await expect(chooser).toHaveCount(1);
  const labels = await chooser.locator('option').allTextContents();
  expect(labels.some((label) => /(?<![\w.-])app\.vendorauto\.com/.test(label))).toBe(true);
  expect(labels.some((label) => /(?<![\w.-])vendorauto\.com/.test(label))).toBe(true);
  await expect(chooser).toHaveValue('');
  await expect(popup.getByRole('button', { name: POPUP_SAYS.fill })).toBeDisabled();
});

test('Rotate and its confirm pressed by the page’s own script lead to no capture', async ({
  openHostile,
  readStorage,
  serviceWorker,
}) => {
  await spyOnNotifications(serviceWorker);
  const page = await openHostile(URLS.sellerCentralUs, {
    fixture: 'amazon/seller-central-us.html',
    inject: ['script-rotation.js'],
  });
  await viewCredentials(page, NORTHWIND);
  await page.evaluate(() =>
    (
      window as unknown as { __hostile: { rotateByScript(): Promise<void> } }
    ).__hostile.rotateByScript(),
  );
  await page.waitForTimeout(SETTLE_MS);
  const held = Object.keys((await readStorage('session')).secrets ?? {});
  expect(held, 'rotations holding a captured secret').toEqual([]);
  await expectSecretsOnlyInSession(readStorage, serviceWorker);
});

test('Settings refuses a wildcard, a percent-encoded and a trailing-dot VendorAuto address', async ({
  context,
  extensionId,
  readStorage,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await spyOnPermissionRequests(options);
  for (const address of ['*.example.com', 'exa%6dple.com', 'example.com.']) {
    await options.getByLabel('VendorAuto address', { exact: true }).fill(address);
    await options.getByRole('button', { name: 'Add address' }).click();
    await expect(options.getByRole('alert'), address).toBeVisible();
    expect(await permissionRequests(options), `${address} reached the browser`).toEqual([]);
  }
  const { settings } = (await readStorage('local')) as {
    settings?: { customVendorAutoOrigins?: string[] };
  };
  expect(settings?.customVendorAutoOrigins ?? []).toEqual([]);
});

async function spyOnPermissionRequests(page: Page) {
  await page.evaluate(() => {
    type Api = { request: (...args: unknown[]) => Promise<boolean> };
    const scope = globalThis as unknown as {
      __requested: string[];
      chrome: { permissions: Api };
      browser?: { permissions?: Api };
    };
    scope.__requested = [];
    for (const api of [scope.chrome.permissions, scope.browser?.permissions]) {
      if (!api) continue;
      api.request = async (...args: unknown[]) => {
        scope.__requested.push(JSON.stringify(args));
        return false;
      };
    }
  });
}

const permissionRequests = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __requested: string[] }).__requested);

test('a "__proto__" rotation id sent from an extension page is refused without effect', async ({
  openSite,
  openHostile,
  openPopup,
  readStorage,
}) => {
  const { secret, console } = await captureNewSecret(openSite, readStorage);
  // The console's own reports (its apps, after the rotation) are not what this test watches.
  await console.close();
  const page = await openHostile(URLS.vendorAutoInstances, TRUSTED_INSTANCES);
  await expect(page.getByText('Northwind Outdoor EU')).toBeVisible();
  const popup = await openPopup();
  await trustOrigin(popup, 'app.vendorauto.com');
  await page.waitForTimeout(SETTLE_MS);
  const before = [await readStorage('local'), await readStorage('session')];
  const reply = await popup.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: { query(q: object): Promise<{ id: number }[]> };
        runtime: { sendMessage(m: object): Promise<{ ok?: boolean; thrown?: string } | undefined> };
      };
    };
    const [tab] = await chrome.tabs.query({ url: 'https://app.vendorauto.com/*' });
    try {
      return await chrome.runtime.sendMessage({
        type: 'popup/fill',
        rotationId: '__proto__',
        tabId: tab?.id,
      });
    } catch (error) {
      return { thrown: String(error) };
    }
  });
  expect(reply, 'a clean refusal, not an error in the background').not.toHaveProperty('thrown');
  expect(reply?.ok).not.toBe(true);
  await page.waitForTimeout(SETTLE_MS);
  await expectNoSecretInPage(page, secret);
  expect([await readStorage('local'), await readStorage('session')]).toEqual(before);
});

test('a hand-off time of 1000 minutes written into settings is ignored: the secret expires within 15', async ({
  openSite,
  readStorage,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, { handoffMinutes: 1000 });
  const { clientId } = await captureNewSecret(openSite, readStorage);
  const [rotation] = await rotationsOf(readStorage, clientId);
  expect(rotation).toBeDefined();
  expect((rotation?.expiresAt ?? 0) - (rotation?.capturedAt ?? 0)).toBeLessThanOrEqual(15 * 60_000);
});

test('a page that takes the overlay’s element name first still gets a working fill', async ({
  openSite,
  openHostile,
  openPopup,
  readStorage,
}) => {
  const { secret } = await captureNewSecret(openSite, readStorage);
  const page = await openHostile(URLS.vendorAutoInstances, {
    fixture: 'vendorauto/instances-table.html',
    inject: ['predefine-overlay.js', 'recorder.js'],
  });
  await expect(page.getByText('Northwind Outdoor EU')).toBeVisible();
  const popup = await openPopup();
  await trustOrigin(popup, 'app.vendorauto.com');
  expect(await fillFromPopup(popup)).toBe('clicked');
  await expect(page.locator('#va-edit-secret')).toHaveValue(secret);
});

/** What WXT's content-script context listens for to hand over to a newer copy of itself. */
async function dispatchScriptStarted(page: Page, extensionId: string, scriptName: string) {
  await page.evaluate(
    ([id, name]) =>
      document.dispatchEvent(
        new CustomEvent(`${id}:${name}:wxt:content-script-started`, {
          detail: { contentScriptName: name, messageId: 'x' },
        }),
      ),
    [extensionId, scriptName] as const,
  );
}

test('a page announcing a fake "content script started" does not switch off the VendorAuto script', async ({
  openSite,
  openHostile,
  openPopup,
  readStorage,
  extensionId,
}) => {
  const { secret } = await captureNewSecret(openSite, readStorage);
  const page = await openHostile(URLS.vendorAutoInstances, TRUSTED_INSTANCES);
  await expect(page.getByText('Northwind Outdoor EU')).toBeVisible();
  // The script is running once its guide is on the page.
  await expect.poll(async () => (await readOverlay(page)).card).not.toBe('');
  await dispatchScriptStarted(page, extensionId, 'vendorauto');
  const popup = await openPopup();
  await trustOrigin(popup, 'app.vendorauto.com');
  expect(await fillFromPopup(popup)).toBe('clicked');
  await expect(page.locator('#va-edit-secret')).toHaveValue(secret);
});

test('a page announcing a fake "content script started" does not switch off the console script', async ({
  openSite,
  readStorage,
  extensionId,
}) => {
  const page = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  await expect(page.getByText(NORTHWIND, { exact: true })).toBeVisible();
  await expect.poll(async () => (await readStorage('local')).apps ?? null).not.toBeNull();
  await dispatchScriptStarted(page, extensionId, 'developer-console');
  const rotation = await rotateInConsole(page, NORTHWIND);
  await expect
    .poll(async () => JSON.stringify((await readStorage('session')).secrets ?? {}))
    .toContain(rotation.newSecret);
});
