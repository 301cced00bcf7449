/**
 * The Developer Console's page model on every simulated console page, in Chromium: apps,
 * alerts, deadlines, the banner and the "Add new app client" state, in every layout and
 * language; then a capture with the panel re-rendered mid-flow.
 */
import type { Page } from '@playwright/test';
import { rotate, showSecret, viewCredentials } from '../support/flows';
import { expect, test } from '../support/model';
import { injectModel } from '../support/page-model';
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

/**
 * The one notion of "what the user can see" (isSeen in utils/content/dom/deep.ts), on real
 * layout in Chromium: every way a page hides something a model might otherwise read or ring.
 */
test.describe('what the user can see', () => {
  const PAGE = `
    <style>
      .frame { position: relative; width: 300px; height: 200px; overflow: hidden; }
      .drawer { position: absolute; inset: 0; transform: translateX(100%); background: #eee; }
      .fixed-drawer { position: fixed; top: 0; right: 0; width: 300px; height: 100vh; transform: translateX(100%); }
      .clip { width: 0; height: 0; overflow: hidden; }
      .far { position: absolute; left: -9999px; }
    </style>
    <button id="plain">Plain</button>
    <div class="frame"><div class="drawer" id="drawer"><button id="in-drawer">Rotate secret</button></div></div>
    <div class="fixed-drawer"><button id="in-fixed-drawer">Rotate secret</button></div>
    <div hidden><button id="in-hidden">Hidden</button></div>
    <div inert><button id="in-inert">Inert</button></div>
    <div aria-hidden="true"><button id="in-aria-hidden">Aria hidden</button></div>
    <div style="opacity:0"><button id="in-transparent">Transparent</button></div>
    <div style="visibility:hidden"><button id="in-invisible">Invisible</button></div>
    <div style="content-visibility:hidden"><button id="in-skipped">Skipped</button></div>
    <details><summary id="summary">More</summary><button id="in-closed-details">Closed</button></details>
    <details open><summary>More</summary><button id="in-open-details">Open</button></details>
    <div class="clip"><button id="in-zero-clip">Clipped</button></div>
    <button id="far" class="far">Far</button>
    <contents-host id="contents-host" style="display:contents"></contents-host>
    <fixed-host id="fixed-host"></fixed-host>
    <empty-host id="empty-host" style="display:contents"></empty-host>
  `;

  test('isSeen follows rendering through ancestors, clipping and shadow roots', async ({
    page,
  }) => {
    await page.setContent(PAGE);
    await page.evaluate(() => {
      const withShadow = (id: string, html: string) => {
        const host = document.getElementById(id);
        if (host) host.attachShadow({ mode: 'open' }).innerHTML = html;
      };
      withShadow('contents-host', '<button>View</button>');
      withShadow(
        'fixed-host',
        '<button style="position:fixed;bottom:10px;left:10px">Save</button>',
      );
      withShadow('empty-host', '<span hidden><button>Nothing</button></span>');
    });
    await injectModel(page);
    const seen = await page.evaluate(() => {
      const ids = [
        'plain',
        'drawer',
        'in-drawer',
        'in-fixed-drawer',
        'in-hidden',
        'in-inert',
        'in-aria-hidden',
        'in-transparent',
        'in-invisible',
        'in-skipped',
        'summary',
        'in-closed-details',
        'in-open-details',
        'in-zero-clip',
        'far',
        'contents-host',
        'fixed-host',
        'empty-host',
      ];
      return Object.fromEntries(
        ids.map((id) => [id, window.__model.amazon.isSeen(document.getElementById(id))]),
      );
    });
    expect(seen).toEqual({
      plain: true,
      drawer: false,
      'in-drawer': false,
      'in-fixed-drawer': false,
      'in-hidden': false,
      'in-inert': false,
      'in-aria-hidden': false,
      'in-transparent': false,
      'in-invisible': false,
      'in-skipped': false,
      summary: true,
      'in-closed-details': false,
      'in-open-details': true,
      'in-zero-clip': false,
      far: false,
      'contents-host': true,
      'fixed-host': true,
      'empty-host': false,
    });
    // The ring measures what a boxless host renders, not its empty box.
    const box = await page.evaluate(() => {
      const rect = window.__model.amazon.renderedBox(document.getElementById('contents-host'));
      return rect ? { width: rect.width, height: rect.height } : null;
    });
    expect(box?.width).toBeGreaterThan(10);
    expect(box?.height).toBeGreaterThan(10);
  });

  test('a closed drawer holding "Rotate secret" is not the warning: the guide rings View', async ({
    page,
  }) => {
    await page.setContent(`
      <main>
        <table><thead><tr><th>App name</th><th>App ID</th><th>LWA credentials</th></tr></thead>
          <tbody><tr><td>Restock Forecaster</td><td>amzn1.sp.solution.0a1b2c3d-1111-2222-3333-444455556666</td>
          <td><button id="view">View</button> <span role="img" aria-label="Warning" title="Expires in 12 days">⚠</span></td></tr></tbody>
        </table>
      </main>
      <div style="position:fixed;top:0;right:0;width:360px;height:100vh;overflow:hidden;pointer-events:none">
        <div role="dialog" aria-label="Credentials" style="height:100%;transform:translateX(100%);background:#fff">
          <p>Client ID amzn1.application-oa2-client.0123456789abcdef0123456789abcdef</p>
          <p>Are you sure? <button>Cancel</button> <button>Rotate secret</button></p>
        </div>
      </div>`);
    await injectModel(page);
    const view = await page.evaluate(() => window.__model.amazon.currentView(document).kind);
    expect(view).toBe('apps');
    const apps = await readPage(page);
    expect(apps.apps).toEqual([
      expect.objectContaining({ name: 'Restock Forecaster', alert: true, daysLeft: 12 }),
    ]);
  });
});

test('apps as cards with an expiry badge, credentials in an in-page panel, a gated inline warning', async ({
  page,
}) => {
  await page.setContent(`
    <main>
      <ul>
        <li><h3>Restock Forecaster</h3><span>amzn1.sp.solution.0a1b2c3d-1111-2222-3333-444455556666</span>
          <span class="badge">Expires in 12 days</span> <button id="view-1">View</button></li>
        <li><h3>Label Printer</h3><span>amzn1.sp.solution.0a1b2c3d-1111-2222-3333-777788889999</span>
          <span class="badge">Active</span> <button>View</button></li>
      </ul>
      <section id="panel" hidden aria-label="LWA credentials">
        <p>Client ID <input readonly value="amzn1.application-oa2-client.0123456789abcdef0123456789abcdef"></p>
        <button id="rotate">Rotate secret</button>
        <div id="warning" hidden><p>The old secret stops working in 7 days.</p>
          <label><input type="checkbox" id="gate"> I understand</label>
          <button>Cancel</button> <button id="confirm" disabled>Rotate secret</button></div>
      </section>
    </main>`);
  await injectModel(page);
  const apps = await readPage(page);
  expect(apps.apps).toEqual([
    expect.objectContaining({ name: 'Restock Forecaster', alert: true, daysLeft: 12 }),
    expect.objectContaining({ name: 'Label Printer', alert: false }),
  ]);
  const view = () =>
    page.evaluate(() => {
      const read = window.__model.amazon.currentView(document);
      const id = (element: Element | null | undefined) => element?.id || null;
      return {
        kind: read.kind as string,
        ring: id(read.kind === 'warning' ? (read.gate ?? read.confirm) : read.rotate),
      };
    });
  expect(await view()).toEqual({ kind: 'apps', ring: null });
  await page.evaluate(() => document.getElementById('panel')?.removeAttribute('hidden'));
  expect(await view()).toEqual({ kind: 'credentials', ring: 'rotate' });
  await page.evaluate(() => document.getElementById('warning')?.removeAttribute('hidden'));
  expect(await view()).toEqual({ kind: 'warning', ring: 'gate' });
  await page.evaluate(() => {
    (document.getElementById('gate') as HTMLInputElement).checked = true;
    (document.getElementById('confirm') as HTMLButtonElement).disabled = false;
  });
  expect(await view()).toEqual({ kind: 'warning', ring: 'confirm' });
});
