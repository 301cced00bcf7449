/**
 * Finding 1: a secret goes only to a VendorAuto origin the user trusted (or policy set), never
 * to any *.vendorauto.com page that poses as the Instances page.
 */
import { cardText } from '../support/overlay';
import { URLS } from '../support/sites';
import {
  captureNewSecret,
  expect,
  expectNoSecretInPage,
  expectSecretsOnlyInSession,
  fillFromPopup,
  POPUP_SAYS,
  SETTLE_MS,
  spyOnNotifications,
  TRUSTED_INSTANCES,
  test,
  trustOrigin,
} from './support';

const LOOK_ALIKE = 'https://help.vendorauto.com/instances';

test('an untrusted vendorauto.com subdomain posing as Instances never receives the secret, and the popup says why', async ({
  openSite,
  openHostile,
  openPopup,
  readStorage,
  serviceWorker,
}) => {
  await spyOnNotifications(serviceWorker);
  const { secret } = await captureNewSecret(openSite, readStorage);
  const lookAlike = await openHostile(LOOK_ALIKE, TRUSTED_INSTANCES);
  await expect(lookAlike.getByText('Northwind Outdoor EU')).toBeVisible();

  const popup = await openPopup();
  await fillFromPopup(popup);
  await lookAlike.waitForTimeout(SETTLE_MS);
  await expectNoSecretInPage(lookAlike, secret);
  await expect(popup.getByRole('alert').filter({ hasText: POPUP_SAYS.untrusted })).toBeVisible();
  await expectSecretsOnlyInSession(readStorage, serviceWorker);
});

test('trusting app.vendorauto.com does not make another vendorauto.com host trusted', async ({
  openSite,
  openHostile,
  openPopup,
  readStorage,
}) => {
  const { secret } = await captureNewSecret(openSite, readStorage);
  const app = await openHostile(URLS.vendorAutoInstances, TRUSTED_INSTANCES);
  const trustPopup = await openPopup();
  await trustOrigin(trustPopup, 'app.vendorauto.com');
  await trustPopup.close();
  await app.close();

  const lookAlike = await openHostile(LOOK_ALIKE, TRUSTED_INSTANCES);
  await expect(lookAlike.getByText('Northwind Outdoor EU')).toBeVisible();
  const popup = await openPopup();
  await fillFromPopup(popup, { origin: 'https://help.vendorauto.com' });
  await lookAlike.waitForTimeout(SETTLE_MS);
  await expectNoSecretInPage(lookAlike, secret);
  await expect(popup.getByRole('alert').filter({ hasText: POPUP_SAYS.untrusted })).toBeVisible();
});

test('on the trusted origin the fill still works (positive control)', async ({
  openSite,
  openHostile,
  openPopup,
  readStorage,
  serviceWorker,
}) => {
  await spyOnNotifications(serviceWorker);
  const { secret } = await captureNewSecret(openSite, readStorage);
  const app = await openHostile(URLS.vendorAutoInstances, TRUSTED_INSTANCES);
  await expect(app.getByText('Northwind Outdoor EU')).toBeVisible();
  await expect.poll(() => cardText(app)).toContain('Is this your VendorAuto app?');
  const popup = await openPopup();
  await trustOrigin(popup, 'app.vendorauto.com');
  // The page's card follows the trust at once, with nobody touching the page.
  await expect
    .poll(() => cardText(app), { timeout: 3000 })
    .toContain('This is the instance with the Client ID');
  expect(await fillFromPopup(popup)).toBe('clicked');
  await expect(app.locator('#va-edit-secret')).toHaveValue(secret);
  await expectSecretsOnlyInSession(readStorage, serviceWorker);
});
