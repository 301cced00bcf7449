/**
 * The Developer Console's page model on every simulated console page, in Chromium: apps,
 * alerts, deadlines, the banner and the "Add new app client" state, in every layout and
 * language; then a capture with the panel re-rendered mid-flow.
 */
import type { Page } from '@playwright/test';
import { rotate, showSecret, viewCredentials } from '../support/flows';
import { expect, test } from '../support/model';
import { ROTATION_SCENARIOS } from '../support/scenarios';
import { URLS } from '../support/sites';

declare global {
  interface Window {
    // biome-ignore lint/suspicious/noExplicitAny: the injected bundle, typed where used.
    __model: any;
    // biome-ignore lint/suspicious/noExplicitAny: the fixture's own hooks.
    __fixture: any;
  }
}

type AppSummary = {
  name: string;
  appId: string | null;
  alert: boolean;
  daysLeft: number | null;
  expired: boolean;
};

async function readPage(page: Page) {
  return page.evaluate(() => {
    const read = window.__model.amazon.readConsolePage(document, {
      today: new Date(),
      locale: document.documentElement.lang,
    });
    return {
      layout: read.layout as string,
      addAppClient: read.addAppClient as string,
      banner: read.banner ? { withinDays: read.banner.deadline?.withinDays ?? null } : null,
      apps: (read.apps as unknown[]).map(
        // biome-ignore lint/suspicious/noExplicitAny: page-side shape
        (app: any): AppSummary => ({
          name: app.name,
          appId: app.appId,
          alert: app.alert,
          daysLeft: app.deadline?.daysLeft ?? null,
          expired: app.deadline?.expired === true,
        }),
      ),
    };
  });
}

async function waitForApps(page: Page, count: number) {
  await expect.poll(async () => (await readPage(page)).apps.length).toBe(count);
}

const CONSOLES = [
  {
    fixture: 'amazon/seller-central-us.html',
    url: URLS.sellerCentralUs,
    apps: 3,
    due: { 'Northwind Inventory Sync': 20 },
    banner: 30,
    addAppClient: 'enabled',
  },
  {
    fixture: 'amazon/seller-central-de.html',
    url: URLS.sellerCentralDe,
    apps: 2,
    due: { 'Lagerbestand-Abgleich': 20 },
    banner: 30,
    addAppClient: 'enabled',
  },
  {
    fixture: 'amazon/vendor-central-react.html',
    url: URLS.vendorCentral,
    apps: 2,
    due: { 'VendorAuto Connector': 12 },
    banner: 30,
    addAppClient: 'enabled',
  },
  {
    fixture: 'amazon/many-apps.html',
    url: URLS.sellerCentralUs,
    apps: 12,
    due: {
      'Inventory Sync': 1,
      'Returns Reconciler': 7,
      'Listings Price Monitor': 15,
      'Settlement Exporter': 60,
      'Ads Budget Guard': -3,
    },
    banner: 30,
    addAppClient: 'enabled',
  },
  {
    fixture: 'amazon/vendor-central-api-integration-enabled.html',
    url: URLS.vendorCentral,
    apps: 1,
    due: { 'Acme Vendor Feed': 25 },
    banner: 30,
    addAppClient: 'enabled',
  },
  {
    fixture: 'amazon/seller-central-jp-inline.html',
    url: 'https://sellercentral.amazon.co.jp/sellingpartner/developerconsole',
    apps: 3,
    due: { さくら在庫同期: 20 },
    banner: 30,
    addAppClient: 'enabled',
  },
  {
    fixture: 'amazon/vendor-central-fr-dialog.html',
    url: 'https://vendorcentral.amazon.fr/sellingpartner/developerconsole',
    apps: 2,
    due: { 'Connecteur Commandes Fournisseur': 12 },
    banner: 30,
    addAppClient: 'enabled',
  },
  {
    fixture: 'amazon/vendor-central-api-integration-disabled.html',
    url: URLS.vendorCentral,
    apps: 1,
    due: { 'Acme Vendor Feed': 25 },
    banner: 30,
    addAppClient: 'disabled',
  },
] as const;

for (const site of CONSOLES) {
  test(`${site.fixture}: apps, alerts and deadlines`, async ({ openModelSite }) => {
    const page = await openModelSite(site.url, site.fixture);
    await waitForApps(page, site.apps);
    const read = await readPage(page);
    expect(read.layout).toBe('apps');
    expect(read.addAppClient).toBe(site.addAppClient);
    expect(read.banner?.withinDays ?? null).toBe(site.banner);
    const fixtureApps = await page.evaluate(
      () => window.__fixture.config.apps as { name: string; appId: string }[],
    );
    expect(read.apps.map((a) => a.appId).sort()).toEqual(fixtureApps.map((a) => a.appId).sort());
    for (const app of read.apps) {
      const expected = (site.due as Record<string, number>)[app.name];
      if (expected === undefined) {
        expect(app.alert, app.name).toBe(false);
      } else {
        expect(app.alert, app.name).toBe(true);
        expect(app.daysLeft, app.name).toBe(expected);
        expect(app.expired, app.name).toBe(expected < 0);
      }
    }
  });
}

const CAPTURES = ROTATION_SCENARIOS;

async function startWatching(page: Page) {
  await page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: test-side collection of watcher events
    const events: any[] = [];
    (window as unknown as { __events: unknown[] }).__events = events;
    window.__model.amazon.watchRotation(document, {
      today: new Date(),
      locale: document.documentElement.lang,
      // biome-ignore lint/suspicious/noExplicitAny: watcher event
      onEvent: (event: any) => events.push(event),
    });
  });
}

const events = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          __events: { kind: string; secret?: string; clientId?: string; newDeadline?: string }[];
        }
      ).__events,
  );

for (const site of CAPTURES) {
  test(`${site.fixture}: captures exactly the new secret, through a re-render mid-flow`, async ({
    openModelSite,
  }) => {
    const page = await openModelSite(site.url, site.fixture);
    await expect(page.getByText(site.app, { exact: true })).toBeVisible();
    await startWatching(page);
    await viewCredentials(page, site.app, site.labels);
    await showSecret(page, site.labels); // the OLD secret is now on screen
    await page.evaluate(() => window.__fixture.rerender());
    const rerender = () => page.evaluate(() => window.__fixture.rerender());
    await rotate(page, { confirm: true, whileWarningOpen: rerender }, site.labels);
    await rerender();
    if (site.masked) {
      await expect
        .poll(async () => (await events(page)).map((e) => e.kind))
        .toContain('awaiting-reveal');
      await showSecret(page, site.labels);
    }
    await expect
      .poll(async () => (await events(page)).filter((e) => e.kind === 'captured').length)
      .toBe(1);
    const [rotation] = await page.evaluate(() => window.__fixture.rotations);
    const captured = (await events(page)).find((e) => e.kind === 'captured');
    expect(captured).toMatchObject({
      clientId: rotation.clientId,
      secret: rotation.newSecret,
      newDeadline: rotation.newDeadline,
    });
    expect(captured?.secret).not.toBe(rotation.oldSecret);
  });

  test(`${site.fixture}: a rotation cancelled at the warning captures nothing`, async ({
    openModelSite,
  }) => {
    const page = await openModelSite(site.url, site.fixture);
    await expect(page.getByText(site.app, { exact: true })).toBeVisible();
    await startWatching(page);
    await viewCredentials(page, site.app, site.labels);
    await rotate(page, { confirm: false }, site.labels);
    await showSecret(page, site.labels);
    await page.waitForTimeout(800);
    const kinds = (await events(page)).map((e) => e.kind);
    expect(kinds).toContain('rotation-cancelled');
    expect(kinds).not.toContain('captured');
    expect(kinds).not.toContain('rotation-confirmed');
    expect(await page.evaluate(() => window.__fixture.cancellations)).toBe(1);
  });
}

test('Japanese Seller Central with an inline panel and an inline warning', async ({
  openModelSite,
}) => {
  const page = await openModelSite(
    'https://sellercentral.amazon.co.jp/sellingpartner/developerconsole',
    'amazon/seller-central-jp-inline.html',
  );
  const app = 'さくら在庫同期';
  await expect(page.getByText(app, { exact: true })).toBeVisible();
  await startWatching(page);
  await page.getByRole('row').filter({ hasText: app }).getByText('表示', { exact: true }).click();
  await page.getByRole('button', { name: '表示する', exact: true }).click();
  await page.getByRole('button', { name: 'シークレットをローテーション' }).click();
  await page.getByRole('button', { name: 'キャンセル' }).click();
  await page.waitForTimeout(500);
  expect((await events(page)).map((e) => e.kind)).toContain('rotation-cancelled');
  expect((await events(page)).map((e) => e.kind)).not.toContain('captured');

  await page.getByRole('button', { name: 'シークレットをローテーション' }).click();
  // The inline warning (with its own キャンセル) replaces the panel's buttons; then the page re-renders.
  await expect(page.getByRole('button', { name: 'キャンセル' })).toBeVisible();
  await page.evaluate(() => window.__fixture.rerender());
  await expect(page.getByRole('button', { name: 'キャンセル' })).toBeVisible();
  await page.getByRole('button', { name: 'シークレットをローテーション' }).last().click();
  await expect
    .poll(async () => (await events(page)).filter((e) => e.kind === 'captured').length)
    .toBe(1);
  const [rotation] = await page.evaluate(() => window.__fixture.rotations);
  expect((await events(page)).find((e) => e.kind === 'captured')).toMatchObject({
    clientId: rotation.clientId,
    secret: rotation.newSecret,
  });
});
