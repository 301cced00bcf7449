/**
 * Redacted page outlines of every simulated page: no secret, ID, name or date in them, and a
 * re-hydrated outline reads the same to the page models as the page it was taken from. Pages
 * are outlined in their riskiest state too: the console's credentials panel open with the
 * secret shown, VendorAuto's edit form open with the new secret filled in.
 */
import type { Page } from '@playwright/test';
import { fakeValueOf, hydrateOutline } from '../../utils/content/outline/hydrate';
import { findLeaks } from '../../utils/core/outline-leaks';
import type { PageOutline } from '../../utils/core/outline-types';
import { fixtureValues } from '../support/fixture-values';
import { showSecret, viewCredentials } from '../support/flows';
import { expect, test } from '../support/model';
import { bundleForPage, injectModel } from '../support/page-model';
import { ROTATION_SCENARIOS } from '../support/scenarios';
import { URLS } from '../support/sites';

declare global {
  interface Window {
    // biome-ignore lint/suspicious/noExplicitAny: the injected bundles, typed where used.
    __model: any;
    // biome-ignore lint/suspicious/noExplicitAny: the injected outline builder.
    __outline: any;
  }
}

const OUTLINE_ENTRY = `
  import { buildOutline, deadlineBuckets } from './utils/content/outline/index.ts';
  window.__outline = { buildOutline, deadlineBuckets };`;

async function outlineOf(page: Page, expectedClientId?: string): Promise<PageOutline> {
  await page.addScriptTag({ content: await bundleForPage(OUTLINE_ENTRY) });
  return page.evaluate(
    (clientId) =>
      window.__outline.buildOutline(document, {
        expectedClientId: clientId,
        dateWhen: window.__outline.deadlineBuckets(new Date(), document.documentElement.lang),
      }),
    expectedClientId,
  );
}

async function expectNoLeaks(page: Page, outline: PageOutline, { hasValues = true } = {}) {
  const known = await fixtureValues(page);
  if (hasValues) expect(known.length, 'the fixture names its own values').toBeGreaterThan(0);
  expect(findLeaks(JSON.stringify(outline), known)).toEqual([]);
}

/** A second page at the same address showing the re-hydrated outline, with the page models in it. */
async function hydratedPage(page: Page, outline: PageOutline): Promise<Page> {
  const copy = await page.context().newPage();
  const url = page.url();
  await copy.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: hydrateOutline(outline) }),
  );
  await copy.goto(url);
  await injectModel(copy);
  return copy;
}

function readConsole(page: Page) {
  return page.evaluate(() => {
    const read = window.__model.amazon.readConsolePage(document, {
      today: new Date(),
      locale: document.documentElement.lang,
    });
    return {
      layout: read.layout,
      addAppClient: read.addAppClient,
      // The banner's bound ("less than 30 days") is a number the outline keeps only as a shape.
      banner: read.banner ? { bound: typeof read.banner.deadline?.withinDays === 'number' } : null,
      // biome-ignore lint/suspicious/noExplicitAny: page-side shape
      apps: read.apps.map((app: any) => ({
        hasAppId: app.appId !== null,
        hasClientId: app.clientId !== null,
        alert: app.alert,
        hasDaysLeft: typeof app.deadline?.daysLeft === 'number',
        expired: app.deadline?.expired === true,
      })),
    };
  });
}

const CONSOLES = [
  ['amazon/seller-central-us.html', URLS.sellerCentralUs, 3],
  ['amazon/seller-central-de.html', URLS.sellerCentralDe, 2],
  ['amazon/vendor-central-react.html', URLS.vendorCentral, 2],
  ['amazon/many-apps.html', URLS.sellerCentralUs, 12],
  ['amazon/vendor-central-api-integration-enabled.html', URLS.vendorCentral, 1],
  ['amazon/vendor-central-api-integration-disabled.html', URLS.vendorCentral, 1],
  [
    'amazon/seller-central-jp-inline.html',
    'https://sellercentral.amazon.co.jp/sellingpartner/developerconsole',
    3,
  ],
  [
    'amazon/vendor-central-fr-dialog.html',
    'https://vendorcentral.amazon.fr/sellingpartner/developerconsole',
    2,
  ],
] as const;

for (const [fixture, url, appCount] of CONSOLES) {
  test(`${fixture}: the outline holds no data and reads the same apps`, async ({
    openModelSite,
  }) => {
    const page = await openModelSite(url, fixture);
    await expect.poll(async () => (await readConsole(page)).apps.length).toBe(appCount);
    const outline = await outlineOf(page);
    await expectNoLeaks(page, outline);
    const original = await readConsole(page);
    const copy = await hydratedPage(page, outline);
    expect(await readConsole(copy)).toEqual(original);
  });
}

for (const scenario of ROTATION_SCENARIOS) {
  test(`${scenario.fixture}: the outline with the secret on screen holds no data`, async ({
    openModelSite,
  }) => {
    const page = await openModelSite(scenario.url, scenario.fixture);
    await viewCredentials(page, scenario.app, scenario.labels);
    await showSecret(page, scenario.labels);
    const outline = await outlineOf(page);
    await expectNoLeaks(page, outline);
    expect(JSON.stringify(outline)).toMatch(/<secret(?::hex)?#1>/);
    const original = await readConsole(page);
    const copy = await hydratedPage(page, outline);
    expect(await readConsole(copy)).toEqual(original);
    // The panel the user had open is open in the copy: its Client ID and its secret field.
    const panelIds = (p: Page) =>
      p.evaluate(() => window.__model.amazon.clientIdsIn(document.body).length as number);
    expect(await panelIds(copy)).toBe(await panelIds(page));
  });
}

const id = (hex: string) => `amzn1.application-oa2-client.${hex}`;
const NEW_SECRET = `amzn1.oa2-cs.v1.${'5e'.repeat(32)}`;

function findInstance(page: Page, clientId: string) {
  return page.evaluate((clientId) => {
    const match = window.__model.vendorAuto.findInstanceByClientId(clientId);
    return {
      kind: match.kind as string,
      matchedBy: match.matchedBy as string | undefined,
      count: match.count as number | undefined,
      instancesSeen: match.instancesSeen as number | undefined,
    };
  }, clientId);
}

const VENDORAUTO = [
  ['vendorauto/instances-table.html', URLS.vendorAutoInstances, '2debda501e3cc30c5fb6b6b510213f4b'],
  ['vendorauto/instances-cards.html', URLS.vendorAutoApp, '069afe293d0157518def102aa4aee749'],
  ['vendorauto/instances-vue.html', URLS.vendorAutoInstances, 'ba9cf8075df4290c0853ddb6f503ce87'],
  [
    'vendorauto/instances-spa-edit-page.html',
    URLS.vendorAutoInstances,
    '954bc481b38639c00b540bd6ee1a8cfe',
  ],
  [
    'vendorauto/instances-angular-cards.html',
    URLS.vendorAutoApp,
    '80eadbf14baf347f9f2d6f64a9c88ea6',
  ],
  [
    'vendorauto/instances-ambiguous.html',
    URLS.vendorAutoInstances,
    '7b1ec02ce44cb68663067606aca2a04f',
  ],
  ['vendorauto/instances-empty.html', URLS.vendorAutoInstances, 'c62470a7f29e3a593b9efb8961020194'],
  ['vendorauto/dashboard.html', URLS.vendorAutoDashboard, 'c62470a7f29e3a593b9efb8961020194'],
] as const;

/** Waits until the page's list has rendered (the fixtures render after a delay). */
async function settled(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.querySelectorAll('main *, body > * *').length))
    .toBeGreaterThan(10);
  await page.waitForTimeout(700);
}

for (const [fixture, url, hex] of VENDORAUTO) {
  test(`${fixture}: the outline holds no data and finds the same instance`, async ({
    openModelSite,
  }) => {
    const page = await openModelSite(url, fixture);
    await settled(page);
    const outline = await outlineOf(page, id(hex));
    await expectNoLeaks(page, outline, { hasValues: !/empty|dashboard/.test(fixture) });
    expect(outline.expectedClientId).toBe('<client-id#1>');
    const copy = await hydratedPage(page, outline);
    const fake = fakeValueOf(outline.expectedClientId ?? '');
    expect(await findInstance(copy, fake)).toEqual(await findInstance(page, id(hex)));
    // An ID on neither page: both say how many instances they saw.
    const stranger = id('0'.repeat(32));
    expect(await findInstance(copy, stranger)).toEqual(await findInstance(page, stranger));
  });
}

for (const [fixture, url, hex] of VENDORAUTO.slice(0, 5)) {
  test(`${fixture}: the outline with the new secret typed in holds no data`, async ({
    openModelSite,
  }) => {
    const page = await openModelSite(url, fixture);
    await settled(page);
    const opened = await page.evaluate(
      async ({ clientId, secret }) => {
        const result = await window.__model.vendorAuto.openSecretField(clientId);
        if (!result.ok) return result;
        return { ok: window.__model.fillField(result.form.secretField, secret) };
      },
      { clientId: id(hex), secret: NEW_SECRET },
    );
    expect(opened).toEqual({ ok: true });
    const outline = await outlineOf(page, id(hex));
    await expectNoLeaks(page, outline);
    expect(findLeaks(JSON.stringify(outline), [NEW_SECRET, NEW_SECRET.slice(-64)])).toEqual([]);
    const readForm = (p: Page, clientId: string) =>
      p.evaluate((clientId) => {
        const form = window.__model.vendorAuto.findEditForm(clientId, null);
        return form
          ? {
              form: true,
              secretField: form.secretField !== null,
              pencil: form.secretPencil !== null,
            }
          : { form: false };
      }, clientId);
    const copy = await hydratedPage(page, outline);
    const fake = fakeValueOf(outline.expectedClientId ?? '');
    expect(await readForm(copy, fake)).toEqual(await readForm(page, id(hex)));
  });
}
