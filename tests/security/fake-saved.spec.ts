/**
 * Finding 4: a page cannot fake VendorAuto's "saved" with its own clicks on Confirm and its own
 * "Saved successfully": the rotation stays open and the secret stays available for a real fill.
 */
import { URLS } from '../support/sites';
import {
  appsWith,
  captureNewSecret,
  expect,
  expectSecretsOnlyInSession,
  fillFromPopup,
  POPUP_SAYS,
  rotationsOf,
  SETTLE_MS,
  spyOnNotifications,
  test,
  trustOrigin,
} from './support';

test('a page-dispatched Confirm and a fake "Saved successfully" do not complete the rotation', async ({
  openSite,
  openHostile,
  openPopup,
  readStorage,
  serviceWorker,
}) => {
  await spyOnNotifications(serviceWorker);
  const { clientId, secret } = await captureNewSecret(openSite, readStorage);
  const page = await openHostile(URLS.vendorAutoInstances, {
    fixture: 'vendorauto/instances-table.html',
    inject: ['recorder.js', 'fake-saved.js'],
  });
  await expect(page.getByText('Northwind Outdoor EU')).toBeVisible();
  const popup = await openPopup();
  await trustOrigin(popup, 'app.vendorauto.com');
  await fillFromPopup(popup);
  await expect(page.locator('#va-edit-secret')).toHaveValue(secret);
  await expect(page.getByRole('status').filter({ hasText: 'Saved successfully' })).toBeVisible();
  await page.waitForTimeout(SETTLE_MS);

  expect(
    await page.evaluate(
      () => (window as unknown as { __vendorAuto: { saved: unknown[] } }).__vendorAuto.saved,
    ),
  ).toEqual([]);
  const [rotation] = await rotationsOf(readStorage, clientId);
  expect(rotation?.status).not.toBe('confirmed');
  for (const app of await appsWith(readStorage, clientId)) expect(app.rotatedAt ?? null).toBeNull();
  const held = JSON.stringify((await readStorage('session')).secrets ?? {});
  expect(held.includes(secret), 'the secret is still held for a real fill').toBe(true);
  await expect(popup.getByText(POPUP_SAYS.done)).toHaveCount(0);
  await expectSecretsOnlyInSession(readStorage, serviceWorker);
});
