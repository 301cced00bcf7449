/**
 * The console content script in the production build: after View -> Rotate secret -> confirm,
 * the background holds exactly the new Client ID and secret, in storage.session only.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/extension';
import { type FixtureRotation, rotate, showSecret, viewCredentials } from '../support/flows';
import { ROTATION_SCENARIOS } from '../support/scenarios';
import { URLS } from '../support/sites';

const CONSOLES = ROTATION_SCENARIOS;

const fixtureRotations = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __fixture: { rotations: FixtureRotation[] } }).__fixture.rotations,
  );
const rerender = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __fixture: { rerender(): void } }).__fixture.rerender(),
  );

for (const site of CONSOLES) {
  test(`${site.fixture}: the background holds exactly the new pair, never the old secret`, async ({
    openSite,
    readStorage,
  }) => {
    const page = await openSite(site.url, site.fixture);
    await expect(page.getByText(site.app, { exact: true })).toBeVisible();
    await viewCredentials(page, site.app, site.labels);
    await showSecret(page, site.labels);
    await rotate(page, { confirm: true, whileWarningOpen: () => rerender(page) }, site.labels);
    if (site.masked) await showSecret(page, site.labels);

    await expect.poll(async () => (await fixtureRotations(page)).length).toBe(1);
    const [rotation] = await fixtureRotations(page);
    if (!rotation) throw new Error('the fixture recorded no rotation');
    await expect
      .poll(async () => Object.values((await readStorage('session')).secrets ?? {}))
      .toEqual([
        expect.objectContaining({ clientId: rotation.clientId, secret: rotation.newSecret }),
      ]);

    const local = await readStorage('local');
    const everything = JSON.stringify([local, await readStorage('sync')]);
    expect(everything).not.toContain(rotation.newSecret);
    expect(everything).not.toContain(rotation.oldSecret);
    const rotations = Object.values(local.rotations as Record<string, Record<string, unknown>>);
    expect(rotations).toEqual([
      expect.objectContaining({
        clientId: rotation.clientId,
        appName: site.app,
        appId: rotation.appId,
        status: 'captured',
        newDeadline: rotation.newDeadline,
        newDeadlineEstimated: false,
      }),
    ]);
    // The app list learned this app's Client ID from the credentials view.
    expect(
      Object.values(local.apps as Record<string, { name: string; clientId: string | null }>),
    ).toContainEqual(expect.objectContaining({ name: site.app, clientId: rotation.clientId }));
  });
}

test('Cancel at the warning captures nothing, even after Show reveals the old secret', async ({
  openSite,
  readStorage,
}) => {
  const page = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  await expect(page.getByText('Northwind Inventory Sync', { exact: true })).toBeVisible();
  await viewCredentials(page, 'Northwind Inventory Sync');
  await rotate(page, { confirm: false });
  await showSecret(page);
  await page.waitForTimeout(1500);
  expect((await readStorage('session')).secrets ?? {}).toEqual({});
  expect((await readStorage('local')).rotations ?? {}).toEqual({});
});

test('a console path without an apps table is reported as unrecognised', async ({
  openSite,
  readStorage,
}) => {
  const page = await openSite(URLS.sellerCentralUs, 'vendorauto/dashboard.html');
  await expect(page.locator('body')).not.toBeEmpty();
  await expect
    .poll(async () => (await readStorage('local')).consoleStatus, { timeout: 15_000 })
    .toEqual({
      'https://sellercentral.amazon.com': expect.objectContaining({ layout: 'unrecognised' }),
    });
});

test('apps are reported by urgency with their console, and the gray "Add new app client" is seen', async ({
  openSite,
  readStorage,
}) => {
  await openSite(URLS.vendorCentral, 'amazon/vendor-central-api-integration-disabled.html');
  await expect
    .poll(async () => (await readStorage('local')).consoleStatus)
    .toEqual({
      'https://vendorcentral.amazon.com': expect.objectContaining({
        layout: 'apps',
        addAppClient: 'disabled',
      }),
    });
  const apps = Object.values(
    (await readStorage('local')).apps as Record<string, Record<string, unknown>>,
  );
  expect(apps).toEqual([
    expect.objectContaining({
      name: 'Acme Vendor Feed',
      consoleOrigin: 'https://vendorcentral.amazon.com',
      alert: true,
      deadline: expect.objectContaining({ daysLeft: 25 }),
    }),
  ]);
});
