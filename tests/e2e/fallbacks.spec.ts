/**
 * The page half of the two context-menu fallbacks, in the production build: the messages the
 * background sends after "Use selected text as the new LWA secret" and "Fill the new LWA secret
 * here" are clicked (their background half is unit-tested in tests/unit/context-menus.test.ts;
 * a browser's context menu itself cannot be clicked from a test).
 */
import type { Page, Worker } from '@playwright/test';
import { type ChromeGlobal, expect, test } from '../support/extension';
import { rotateInConsole, viewCredentials } from '../support/flows';
import { cardText } from '../support/overlay';
import { URLS } from '../support/sites';

type TabsApi = {
  tabs: {
    query(q: object): Promise<{ id: number }[]>;
    sendMessage(id: number, m: object, o: object): Promise<unknown>;
  };
};

/** What the background does after a menu click: a message to the top frame of the tab. */
async function sendToTab(worker: Worker, url: string, message: object): Promise<unknown> {
  return worker.evaluate(
    async ({ url, message }) => {
      const { chrome } = globalThis as unknown as { chrome: TabsApi };
      const [tab] = await chrome.tabs.query({ url });
      if (!tab) throw new Error(`no tab at ${url}`);
      return chrome.tabs.sendMessage(tab.id, message, { frameId: 0 });
    },
    { url, message },
  );
}

async function liveSecret(
  worker: Worker,
): Promise<{ rotationId: string; clientId: string; secret: string }> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    const { secrets } = (await chrome.storage.session.get(null)) as {
      secrets: Record<string, { rotationId: string; clientId: string; secret: string }>;
    };
    const [first] = Object.values(secrets);
    if (!first) throw new Error('no secret');
    return first;
  });
}

test('console: the page tells the Client ID of the open credentials view, and shows why a selection was refused', async ({
  openSite,
  serviceWorker,
}) => {
  const page = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  await expect(page.getByText('Northwind Inventory Sync', { exact: true })).toBeVisible();
  expect(
    await sendToTab(serviceWorker, `${URLS.sellerCentralUs}*`, { type: 'console/page-client-id' }),
  ).toEqual({ clientId: null, rotated: false });
  await viewCredentials(page, 'Northwind Inventory Sync');
  const clientId = await page.evaluate(
    () =>
      (window as unknown as { __fixture: { config: { apps: { clientId: string }[] } } }).__fixture
        .config.apps[0]?.clientId,
  );
  expect(
    await sendToTab(serviceWorker, `${URLS.sellerCentralUs}*`, { type: 'console/page-client-id' }),
  ).toEqual({ clientId, rotated: false });

  await sendToTab(serviceWorker, `${URLS.sellerCentralUs}*`, {
    type: 'console/selection-captured',
    ok: false,
    message: 'That is the Client ID, not the client secret.',
  });
  await expect
    .poll(() => cardText(page))
    .toContain('That is the Client ID, not the client secret.');
  // A page script cannot ask the content script anything.
  const answered = await page.evaluate(async () => {
    window.postMessage({ type: 'console/page-client-id' }, '*');
    return new Promise((resolve) => setTimeout(() => resolve('no answer'), 300));
  });
  expect(answered).toBe('no answer');
});

/** The fill the background sends after "Fill the new LWA secret here", with the secret it holds. */
function contextFieldFill(live: { rotationId: string; clientId: string; secret: string }) {
  return {
    type: 'vendorauto/fill',
    rotationId: live.rotationId,
    clientId: live.clientId,
    secret: live.secret,
    origin: 'https://app.vendorauto.com',
    autoConfirm: false,
    target: 'context-field',
  };
}

async function openSecretFieldByHand(vendorAuto: Page) {
  await vendorAuto
    .getByRole('row', { name: /Northwind Outdoor EU/ })
    .getByRole('button', { name: 'Edit instance' })
    .click();
  await vendorAuto.getByRole('button', { name: 'Edit Client Secret' }).click();
  return vendorAuto.locator('#va-edit-secret');
}

test('VendorAuto: "Fill the new LWA secret here" fills the right-clicked field so the page keeps it', async ({
  openSite,
  serviceWorker,
}) => {
  const amazon = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  const rotation = await rotateInConsole(amazon, 'Northwind Inventory Sync');
  const vendorAuto = await openSite(URLS.vendorAutoInstances, 'vendorauto/instances-table.html');
  const field = await openSecretFieldByHand(vendorAuto);
  await field.click({ button: 'right' });

  expect(
    await sendToTab(serviceWorker, `${URLS.vendorAutoInstances}*`, {
      type: 'vendorauto/field-context',
    }),
  ).toEqual({
    fillable: true,
    clientIds: [rotation.clientId],
  });
  const reply = await sendToTab(
    serviceWorker,
    `${URLS.vendorAutoInstances}*`,
    contextFieldFill(await liveSecret(serviceWorker)),
  );
  expect(reply).toEqual({ ok: true });
  await expect(field).toHaveValue(rotation.newSecret);
  await vendorAuto.getByRole('button', { name: 'Confirm', exact: true }).click();
  await vendorAuto.getByRole('button', { name: 'Yes, replace' }).click();
  await expect
    .poll(() =>
      vendorAuto.evaluate(
        () => (window as unknown as { __vendorAuto: { saved: unknown[] } }).__vendorAuto.saved,
      ),
    )
    .toEqual([
      expect.objectContaining({ instanceId: 'ins_1057', clientSecret: rotation.newSecret }),
    ]);
});

test('VendorAuto: a right-clicked field in another instance’s form is refused and left empty', async ({
  openSite,
  serviceWorker,
}) => {
  const amazon = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  await rotateInConsole(amazon, 'Northwind Inventory Sync');
  const vendorAuto = await openSite(URLS.vendorAutoInstances, 'vendorauto/instances-table.html');
  await vendorAuto
    .getByRole('row', { name: /Bluebird Kitchen UK/ })
    .getByRole('button', { name: 'Edit' })
    .click();
  await vendorAuto.getByRole('button', { name: 'Edit Client Secret' }).click();
  const field = vendorAuto.locator('#va-edit-secret');
  await field.click({ button: 'right' });
  const reply = await sendToTab(
    serviceWorker,
    `${URLS.vendorAutoInstances}*`,
    contextFieldFill(await liveSecret(serviceWorker)),
  );
  expect(reply).toMatchObject({ ok: false, code: 'ambiguous' });
  await expect(field).toHaveValue('');
  await expect.poll(() => cardText(vendorAuto)).toContain('belongs to another instance');
});
