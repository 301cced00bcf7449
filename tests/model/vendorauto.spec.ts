/**
 * VendorAuto's page model on every simulated VendorAuto page, in Chromium: which instance it
 * finds for a Client ID, what it refuses, and a fill that the page's framework keeps.
 */
import { expect, test } from '../support/model';
import { URLS } from '../support/sites';

const id = (hex: string) => `amzn1.application-oa2-client.${hex}`;
const NEW_SECRET = `amzn1.oa2-cs.v1.${'5e'.repeat(32)}`;

type Summary = {
  kind: string;
  matchedBy?: string;
  text?: string;
  count?: number;
  instancesSeen?: number;
};

declare global {
  interface Window {
    // biome-ignore lint/suspicious/noExplicitAny: the injected bundle, typed where used.
    __model: any;
    // biome-ignore lint/suspicious/noExplicitAny: the fixture's own hooks.
    __vendorAuto: any;
  }
}

async function find(page: import('@playwright/test').Page, clientId: string): Promise<Summary> {
  return page.evaluate((clientId) => {
    const match = window.__model.vendorAuto.findInstanceByClientId(clientId);
    return match.kind === 'found'
      ? {
          kind: match.kind,
          matchedBy: match.matchedBy,
          text: match.container.textContent.replace(/\s+/g, ' '),
        }
      : match;
  }, clientId);
}

const PAGES = [
  { fixture: 'vendorauto/instances-table.html', url: URLS.vendorAutoInstances },
  { fixture: 'vendorauto/instances-cards.html', url: URLS.vendorAutoApp },
  { fixture: 'vendorauto/instances-vue.html', url: URLS.vendorAutoInstances },
  { fixture: 'vendorauto/instances-spa-edit-page.html', url: URLS.vendorAutoInstances },
  { fixture: 'vendorauto/instances-angular-cards.html', url: URLS.vendorAutoApp },
];

test.describe('finding an instance by its Client ID', () => {
  test('table: every instance, by its full ID, and no other', async ({ openModelSite }) => {
    const page = await openModelSite(URLS.vendorAutoInstances, 'vendorauto/instances-table.html');
    await expect(page.getByText('Bluebird Kitchen UK')).toBeVisible();
    const cases = [
      ['c62470a7f29e3a593b9efb8961020194', 'Acme Home — Vendor US'],
      ['2debda501e3cc30c5fb6b6b510213f4b', 'Acme Home — Vendor CA'],
      ['954bc481b38639c00b540bd6ee1a8cfe', 'Northwind Outdoor EU'],
      ['2b8bf3aa88669768a83c3da81bbe5a5d', 'Bluebird Kitchen UK'],
    ] as const;
    for (const [hex, name] of cases) {
      const found = await find(page, id(hex));
      expect(found).toMatchObject({ kind: 'found', matchedBy: 'full' });
      expect(found.text).toContain(name);
      for (const [, other] of cases) if (other !== name) expect(found.text).not.toContain(other);
    }
    expect(await find(page, id('0'.repeat(32)))).toMatchObject({ kind: 'none', instancesSeen: 4 });
  });

  test('cards: IDs differing only in their last characters, and one shown only shortened', async ({
    openModelSite,
  }) => {
    const page = await openModelSite(URLS.vendorAutoApp, 'vendorauto/instances-cards.html');
    await expect(page.getByText('Harborline Marine')).toBeVisible();
    const first = await find(page, id('3f2a1ef56a531e7fd9946fc1ce1a9c1d'));
    expect(first).toMatchObject({ kind: 'found', matchedBy: 'full' });
    expect(first.text).toContain('Acme Home US');
    expect(first.text).not.toContain('Dropship 2');
    const shortOnly = await find(page, id('069afe293d0157518def102aa4aee749'));
    expect(shortOnly).toMatchObject({ kind: 'found', matchedBy: 'short' });
    expect(shortOnly.text).toContain('Maple & Birch Furniture');
    // A shortened display fits only IDs with the same ends.
    expect(await find(page, id('069a0000000000000000000000000000'))).toMatchObject({
      kind: 'none',
    });
    expect(await find(page, id('0000000000000000000000000000e749'))).toMatchObject({
      kind: 'none',
    });
  });

  test('ambiguous: two shortened look-alikes and a duplicated instance are refused', async ({
    openModelSite,
  }) => {
    const page = await openModelSite(
      URLS.vendorAutoInstances,
      'vendorauto/instances-ambiguous.html',
    );
    await expect(page.getByText('Riverbend Home CA (copy)')).toBeVisible();
    expect(await find(page, id('7b1ec02ce44cb68663067606aca2a04f'))).toMatchObject({
      kind: 'ambiguous',
      count: 2,
    });
    expect(await find(page, id('94657ffb013fb18dc88978b395423c6b'))).toMatchObject({
      kind: 'ambiguous',
      count: 2,
    });
    const clear = await find(page, id('226843d011d8fae16a885326ed488b33'));
    expect(clear).toMatchObject({ kind: 'found', matchedBy: 'full' });
    expect(clear.text).toContain('Pinecrest Tools');
  });

  test('an empty Instances page and the dashboard have no instance', async ({ openModelSite }) => {
    const empty = await openModelSite(URLS.vendorAutoInstances, 'vendorauto/instances-empty.html');
    await expect(empty.getByText('No instances yet')).toBeVisible();
    expect(await find(empty, id('c62470a7f29e3a593b9efb8961020194'))).toEqual({
      kind: 'none',
      instancesSeen: 0,
    });
  });
});

test.describe('opening the Client Secret field and filling it', () => {
  const targets: Record<string, { hex: string; name: string; confirm: RegExp; yes: RegExp }> = {
    'vendorauto/instances-table.html': {
      hex: '2debda501e3cc30c5fb6b6b510213f4b',
      name: 'Acme Home — Vendor CA',
      confirm: /^Confirm$/,
      yes: /Yes, replace/,
    },
    'vendorauto/instances-cards.html': {
      hex: '3f2a1ef56a531e7fd9946fc1ce1a9c1d',
      name: 'Acme Home US',
      confirm: /^Save$/,
      yes: /^Confirm$/,
    },
    // An edit PAGE (pushState), an icon ligature pencil, the secret input in an open shadow root.
    'vendorauto/instances-spa-edit-page.html': {
      hex: '954bc481b38639c00b540bd6ee1a8cfe',
      name: 'Northwind Goods US',
      confirm: /^Save$/,
      yes: /^Replace$/,
    },
    // The Client ID only in attributes, a drawer, the secret editable at once.
    'vendorauto/instances-angular-cards.html': {
      hex: '80eadbf14baf347f9f2d6f64a9c88ea6',
      name: 'Harborline Marine',
      confirm: /^Update$/,
      yes: /^Yes, update$/,
    },
    'vendorauto/instances-vue.html': {
      hex: 'ba9cf8075df4290c0853ddb6f503ce87',
      name: 'Greenleaf Garden FR',
      confirm: /Save changes/,
      yes: /^Confirm$/,
    },
  };
  for (const { fixture, url } of PAGES) {
    test(`${fixture}: the saved secret is the new one, on the right instance`, async ({
      openModelSite,
    }) => {
      const target = targets[fixture];
      if (!target) throw new Error(fixture);
      const page = await openModelSite(url, fixture);
      await expect(page.getByText(target.name, { exact: true }).first()).toBeVisible();
      const opened = await page.evaluate(
        async ({ clientId, secret }) => {
          const result = await window.__model.vendorAuto.openSecretField(clientId);
          if (!result.ok) return result;
          return { ok: window.__model.fillField(result.form.secretField, secret) };
        },
        { clientId: id(target.hex), secret: NEW_SECRET },
      );
      expect(opened).toEqual({ ok: true });
      await page.getByRole('button', { name: target.confirm }).click();
      await page.getByRole('button', { name: target.yes }).click();
      await expect.poll(() => page.evaluate(() => window.__vendorAuto.saved.length)).toBe(1);
      const saved = await page.evaluate(() => window.__vendorAuto.saved[0]);
      expect(saved).toMatchObject({
        clientId: id(target.hex),
        clientSecret: NEW_SECRET,
        name: target.name,
      });
    });
  }

  test('the fixture is a real trap: a bare value assignment is lost on save', async ({
    openModelSite,
  }) => {
    const page = await openModelSite(URLS.vendorAutoInstances, 'vendorauto/instances-table.html');
    await page.getByRole('button', { name: 'Edit instance' }).first().click();
    await page.getByRole('button', { name: 'Edit Client Secret' }).click();
    await page.evaluate((secret) => {
      const field = document.querySelector<HTMLInputElement>('#va-edit-secret');
      if (!field) throw new Error('no field');
      field.value = secret;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }, NEW_SECRET);
    await page.getByRole('button', { name: /^Confirm$/ }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Client Secret is required.' }),
    ).toBeVisible();
    expect(await page.evaluate(() => window.__vendorAuto.saved.length)).toBe(0);
  });
});
