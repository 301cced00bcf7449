/**
 * The production content scripts run on every simulated page at its real URL (and the URL
 * variants research lists), and on no look-alike host or non-console path.
 */
import { contentScriptWorlds, expect, test } from '../support/extension';

const EXTENSION_NAME = 'LWA Secret Rotator for VendorAuto';

const RUNS_ON: [string, string][] = [
  [
    'https://sellercentral.amazon.com/sellingpartner/developerconsole',
    'amazon/seller-central-us.html',
  ],
  [
    'https://sellercentral.amazon.de/sellingpartner/developerconsole/ref=xx_devcon_cont_home',
    'amazon/seller-central-de.html',
  ],
  [
    'https://vendorcentral.amazon.com/sellingpartner/developerconsole?mons_sel_dir_mcid=1',
    'amazon/vendor-central-react.html',
  ],
  [
    'https://sellercentral-europe.amazon.com/sellingpartner/developerconsole/application',
    'amazon/many-apps.html',
  ],
  [
    'https://vendorcentral.amazon.co.jp/sellingpartner/developerconsole',
    'amazon/vendor-central-api-integration-enabled.html',
  ],
  [
    'https://vendorcentral.amazon.me/sellingpartner/developerconsole',
    'amazon/vendor-central-api-integration-disabled.html',
  ],
  [
    'https://solutionproviderportal.amazon.com/sellingpartner/developerconsole',
    'amazon/seller-central-us.html',
  ],
  [
    'https://developercentral.amazon.com/sellingpartner/developerconsole',
    'amazon/seller-central-us.html',
  ],
  ['https://app.vendorauto.com/instances', 'vendorauto/instances-table.html'],
  ['https://vendorauto.com/app/instances', 'vendorauto/instances-cards.html'],
  ['https://app.vendorauto.com/instances?view=list', 'vendorauto/instances-vue.html'],
  ['https://app.vendorauto.com/instances/duplicates', 'vendorauto/instances-ambiguous.html'],
  ['https://app.vendorauto.com/instances/empty', 'vendorauto/instances-empty.html'],
  ['https://app.vendorauto.com/dashboard', 'vendorauto/dashboard.html'],
];

const RUNS_NOWHERE: [string, string][] = [
  [
    'https://sellercentral.amazon.com.evil.example/sellingpartner/developerconsole',
    'amazon/seller-central-us.html',
  ],
  ['https://sellercentral.amazon.com/home', 'amazon/seller-central-us.html'],
  ['https://sellercentral.amazon.com/apps/manage', 'amazon/seller-central-us.html'],
  ['https://evil.example/sellingpartner/developerconsole', 'amazon/seller-central-us.html'],
  ['https://vendorauto.com.evil.example/instances', 'vendorauto/instances-table.html'],
  ['https://evilvendorauto.com/instances', 'vendorauto/instances-table.html'],
];

test('each simulated page at its real URL gets exactly its content script', async ({
  openSite,
  extensionId,
}) => {
  for (const [url, fixture] of RUNS_ON) {
    const page = await openSite(url, fixture);
    await expect
      .poll(() => contentScriptWorlds(page, extensionId), { message: url })
      .toEqual([EXTENSION_NAME]);
    await page.close();
  }
});

test('no content script on look-alike hosts or other paths', async ({
  openSite,
  extensionId,
  readStorage,
}) => {
  for (const [url, fixture] of RUNS_NOWHERE) {
    const page = await openSite(url, fixture);
    await expect(page.locator('body')).not.toBeEmpty();
    await page.waitForTimeout(700);
    expect(await contentScriptWorlds(page, extensionId), url).toEqual([]);
    await page.close();
  }
  // Nothing was read from any of them either.
  const local = await readStorage('local');
  expect(local.apps ?? {}).toEqual({});
});
