/**
 * Finding 2: a page that does not know the Client ID cannot get the secret by listing every
 * 2-hex prefix, hiding the IDs off-screen or in title attributes, or keeping a Client Secret
 * field open that shows no Client ID.
 */
import { URLS } from '../support/sites';
import {
  captureNewSecret,
  expect,
  expectNoSecretInPage,
  expectSecretsOnlyInSession,
  fillFromPopup,
  SETTLE_MS,
  spyOnNotifications,
  test,
  trustOrigin,
} from './support';

const PAGES = {
  'off-screen rows and an always-open off-screen dialog': 'prefix-rows-offscreen.html',
  'IDs only in title attributes of hidden elements': 'prefix-rows-title-only.html',
  'visible rows showing only 2 hex characters and no tail': 'prefix-rows-two-hex.html',
};

for (const [layout, file] of Object.entries(PAGES)) {
  test(`a page guessing the Client ID by its 2-hex prefix gets no secret: ${layout}`, async ({
    openSite,
    openHostile,
    openPopup,
    readStorage,
    serviceWorker,
  }) => {
    await spyOnNotifications(serviceWorker);
    const { secret } = await captureNewSecret(openSite, readStorage);
    const page = await openHostile(URLS.vendorAutoInstances, { page: file });
    await expect(page.getByRole('row')).toHaveCount(256);
    const popup = await openPopup();
    await trustOrigin(popup, 'app.vendorauto.com');
    await fillFromPopup(popup);
    await page.waitForTimeout(SETTLE_MS);
    await expectNoSecretInPage(page, secret);
    await expect(popup.getByRole('alert')).toContainText(/instance|client id/i);
    await expectSecretsOnlyInSession(readStorage, serviceWorker);
  });
}
