/**
 * A seller who follows only the highlighted steps — clicking inside the ring the guide draws,
 * and the one button the guide offers — completes the whole rotation on the simulated sites.
 */
import { expect, test } from '../support/extension';
import { pageExposes, viewCredentials } from '../support/flows';
import { cardText, clickCardButton, clickHighlighted } from '../support/overlay';
import { URLS } from '../support/sites';

type Saved = { instanceId: string; clientId: string; clientSecret: string };

test('following only the highlighted steps rotates the secret and updates VendorAuto', async ({
  openSite,
  sites,
  readStorage,
}) => {
  const amazon = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  await clickHighlighted(amazon, 'Choose View for “Northwind Inventory Sync”');
  await clickHighlighted(amazon, 'Choose Rotate secret');
  await clickHighlighted(amazon, 'Read the warning and choose Rotate secret again');
  await expect.poll(() => cardText(amazon)).toContain('New secret captured');
  const [rotation] = await amazon.evaluate(
    () =>
      (window as unknown as { __fixture: { rotations: { clientId: string; newSecret: string }[] } })
        .__fixture.rotations,
  );
  if (!rotation) throw new Error('the console recorded no rotation');

  sites.set('https://app.vendorauto.com/instances', 'vendorauto/instances-table.html');
  const vendorAuto = await openSite(URLS.vendorAutoDashboard, 'vendorauto/dashboard.html');
  await clickHighlighted(vendorAuto, 'Open VendorAuto’s Instances page');
  await expect(vendorAuto).toHaveURL(URLS.vendorAutoInstances);
  await clickHighlighted(vendorAuto, 'Click the pencil of the instance with this Client ID');
  await clickHighlighted(vendorAuto, 'Click the pencil under Client Secret');
  await expect.poll(() => cardText(vendorAuto)).toContain('Fill in the new secret');
  await clickCardButton(vendorAuto, 'Fill the new secret');
  const confirm = await clickHighlighted(vendorAuto, 'now confirm');
  await clickHighlighted(vendorAuto, 'now confirm', { notAt: confirm });

  await expect
    .poll(() =>
      vendorAuto.evaluate(
        () => (window as unknown as { __vendorAuto: { saved: Saved[] } }).__vendorAuto.saved,
      ),
    )
    .toEqual([
      expect.objectContaining({
        instanceId: 'ins_1057',
        clientId: rotation.clientId,
        clientSecret: rotation.newSecret,
      }),
    ]);
  await expect.poll(() => cardText(vendorAuto)).toContain('Client Secret updated');
  await expect.poll(async () => (await readStorage('session')).secrets).toEqual({});
  // Once VendorAuto closed its form, nothing a page script can read holds the secret.
  expect(await pageExposes(vendorAuto, rotation.newSecret)).toBe(false);
});

test('the gray "Add new app client" stops the user; the enabled one does not', async ({
  openSite,
  openPopup,
}) => {
  const gray = await openSite(
    URLS.vendorCentral,
    'amazon/vendor-central-api-integration-disabled.html',
  );
  await expect.poll(() => cardText(gray)).toContain('Stop: “Add new app client” is gray');
  await expect.poll(() => cardText(gray)).toContain('Contact VendorAuto before you rotate');
  const popup = await openPopup();
  await expect(popup.getByRole('alert')).toContainText('Stop before rotating.');
  await expect(popup.locator('.step.current')).toContainText('Add new app client');
});

test('an enabled "Add new app client" leads straight to View', async ({ openSite, openPopup }) => {
  const enabled = await openSite(
    'https://vendorcentral.amazon.de/sellingpartner/developerconsole',
    'amazon/vendor-central-api-integration-enabled.html',
  );
  await expect.poll(() => cardText(enabled)).toContain('Choose View for “Acme Vendor Feed”');
  const popup = await openPopup();
  await expect(popup.getByText('Acme Vendor Feed')).toBeVisible();
  await expect(popup.getByText('Stop before rotating.')).toHaveCount(0);
  await expect(popup.locator('.step.current')).toContainText('Choose View');
});

test('the guide can be dismissed and shown again from the popup; it takes no focus and moves nothing', async ({
  openSite,
  openPopup,
}) => {
  const amazon = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  await expect.poll(() => cardText(amazon)).toContain('Choose View for “Northwind Inventory Sync”');
  const layout = () =>
    amazon.evaluate(() => {
      const table = document
        .querySelector('kat-table, table, [role="table"]')
        ?.getBoundingClientRect();
      return {
        active: document.activeElement?.tagName,
        height: document.documentElement.scrollHeight,
        tableTop: table?.top,
      };
    });
  const withGuide = await layout();
  expect(withGuide.active).toBe('BODY');

  await clickCardButton(amazon, '×');
  await expect.poll(() => cardText(amazon)).toBe('');
  expect(await layout()).toEqual(withGuide);

  // The popup's "Show the guide on this page" asks the background to show it in the current tab.
  const popup = await openPopup();
  const result = await popup.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: { query(q: object): Promise<{ id: number }[]> };
        runtime: { sendMessage(m: object): Promise<unknown> };
      };
    };
    const [tab] = await chrome.tabs.query({
      url: 'https://sellercentral.amazon.com/sellingpartner/developerconsole*',
    });
    return chrome.runtime.sendMessage({ type: 'popup/show-guide', tabId: tab?.id });
  });
  expect(result).toEqual({ ok: true });
  await expect.poll(() => cardText(amazon)).toContain('Choose View for “Northwind Inventory Sync”');
});

test('opening an app nothing asked to rotate: the guide warns and rings the way back, not Rotate', async ({
  openSite,
}) => {
  const amazon = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  await expect.poll(() => cardText(amazon)).toContain('Choose View for “Northwind Inventory Sync”');
  // The user's click lands on the next row: an app with no expiry alert.
  await viewCredentials(amazon, 'Northwind Order Router');
  await expect
    .poll(() => cardText(amazon))
    .toContain('This is “Northwind Order Router”, which has no expiry alert');
  expect(await cardText(amazon)).not.toContain('Choose Rotate secret');

  // Back, and the app that is due: the guide goes on as usual.
  await clickHighlighted(amazon, 'This is “Northwind Order Router”');
  await clickHighlighted(amazon, 'Choose View for “Northwind Inventory Sync”');
  await expect.poll(() => cardText(amazon)).toContain('Choose Rotate secret');
});
