/**
 * An instance that is not on screen: the model uses the list's own search box, follows its
 * pager, scrolls its virtualised rows, and when nothing fits puts the user's view back and says
 * what it tried. A near-twin Client ID on another page is never taken.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/model';
import { URLS } from '../support/sites';

const FIXTURE = 'vendorauto/instances-long-list.html';
const NEW_SECRET = `amzn1.oa2-cs.v1.${'7c'.repeat(32)}`;

declare global {
  interface Window {
    // biome-ignore lint/suspicious/noExplicitAny: the injected bundle, typed where used.
    __model: any;
    __longList: {
      instances: { id: string; name: string; clientId: string }[];
      saved: { id: string; clientId: string; secret: string }[];
      state: { page: number; query: string };
    };
  }
}

type Revealed = {
  kind: string;
  text?: string;
  tried: { searched: boolean; pages: number; scrolled: boolean };
};

async function open(openModelSite: (url: string, fixture: string) => Promise<Page>, query: string) {
  const page = await openModelSite(`${URLS.vendorAutoInstances}?${query}`, FIXTURE);
  await expect(page.getByRole('heading', { name: 'Instances' })).toBeVisible();
  return page;
}

function instance(page: Page, index: number) {
  return page.evaluate((index) => window.__longList.instances[index], index) as Promise<{
    id: string;
    name: string;
    clientId: string;
  }>;
}

function reveal(page: Page, clientId: string): Promise<Revealed> {
  return page.evaluate(async (clientId) => {
    const { match, tried } = await window.__model.vendorAuto.revealInstanceByClientId(clientId);
    return {
      kind: match.kind,
      text: match.kind === 'found' ? match.container.textContent : undefined,
      tried,
    };
  }, clientId);
}

/** The whole flow as the extension runs it: open the secret field, fill it, and the user saves. */
async function fillAndSave(page: Page, clientId: string) {
  const opened = await page.evaluate(
    async ({ clientId, secret }) => {
      const result = await window.__model.vendorAuto.openSecretField(clientId);
      if (!result.ok) return { ok: false, message: result.message as string };
      return { ok: window.__model.fillField(result.form.secretField, secret) as boolean };
    },
    { clientId, secret: NEW_SECRET },
  );
  if (opened.ok) await page.getByRole('button', { name: 'Save' }).click();
  return opened;
}

test.describe('an instance that is not on screen', () => {
  test('the list’s search box finds it, and the secret is saved on that instance', async ({
    openModelSite,
  }) => {
    const page = await open(openModelSite, 'list=paged&pager=antd&search=1');
    const target = await instance(page, 12);
    await expect(page.getByText(target.name, { exact: true })).toHaveCount(0);
    expect(await fillAndSave(page, target.clientId)).toEqual({ ok: true });
    await expect(page.getByRole('searchbox')).toHaveValue(target.clientId);
    expect(await page.evaluate(() => window.__longList.saved)).toEqual([
      { id: target.id, clientId: target.clientId, secret: NEW_SECRET },
    ]);
  });

  test('the pager finds it on page 3 (AntD pager, then a numbered one)', async ({
    openModelSite,
  }) => {
    for (const pager of ['antd', 'numbered']) {
      const page = await open(openModelSite, `list=paged&pager=${pager}&search=0`);
      const target = await instance(page, 12);
      const found = await reveal(page, target.clientId);
      expect(found).toMatchObject({ kind: 'found', tried: { searched: false, pages: 2 } });
      expect(found.text).toContain(target.name);
      await expect(page.locator('[aria-current="page"]')).toHaveText('3');
      await expect(page.getByText(target.name, { exact: true })).toBeVisible();
    }
    const page = await open(openModelSite, 'list=paged&pager=antd&search=0');
    const target = await instance(page, 14);
    expect(await fillAndSave(page, target.clientId)).toEqual({ ok: true });
    expect(await page.evaluate(() => window.__longList.saved)).toEqual([
      { id: target.id, clientId: target.clientId, secret: NEW_SECRET },
    ]);
  });

  test('a virtualised list is scrolled until the row shows, in view', async ({ openModelSite }) => {
    const page = await open(openModelSite, 'list=virtual');
    const target = await instance(page, 150);
    await expect(page.getByText(target.name, { exact: true })).toHaveCount(0);
    const found = await reveal(page, target.clientId);
    expect(found).toMatchObject({ kind: 'found', tried: { scrolled: true } });
    expect(found.text).toContain(target.name);
    const row = page.getByRole('row').filter({ hasText: target.clientId });
    await expect(row).toBeInViewport();
    expect(await fillAndSave(page, target.clientId)).toEqual({ ok: true });
    expect(await page.evaluate(() => window.__longList.saved)).toEqual([
      { id: target.id, clientId: target.clientId, secret: NEW_SECRET },
    ]);
  });

  test('nothing found: the search text, the page and the scroll are put back, and the message says what was tried', async ({
    openModelSite,
  }) => {
    const missing = `amzn1.application-oa2-client.${'0'.repeat(28)}dead`;

    const searched = await open(openModelSite, 'list=paged&pager=antd&search=1&size=10');
    await searched.getByRole('searchbox').fill('Acme');
    await expect(searched.getByText('Acme Home 11', { exact: true })).toBeVisible();
    const afterSearch = await fillAndSave(searched, missing);
    expect(afterSearch.ok).toBe(false);
    expect(afterSearch.message).toMatch(/searched the list for/i);
    await expect(searched.getByRole('searchbox')).toHaveValue('Acme');
    await expect(searched.getByText('Acme Home 11', { exact: true })).toBeVisible();
    await expect(searched.getByText('Northwind 2', { exact: true })).toHaveCount(0);
    expect(await searched.evaluate(() => window.__longList.saved)).toEqual([]);

    const paged = await open(openModelSite, 'list=paged&pager=antd&search=0');
    await paged.getByRole('button', { name: '2', exact: true }).click();
    await expect(paged.locator('[aria-current="page"]')).toHaveText('2');
    const afterPages = await fillAndSave(paged, missing);
    expect(afterPages.ok).toBe(false);
    expect(afterPages.message).toMatch(/looked through 5 pages/i);
    await expect(paged.locator('[aria-current="page"]')).toHaveText('2');
    expect(await paged.evaluate(() => window.__longList.saved)).toEqual([]);

    const scrolled = await open(openModelSite, 'list=virtual');
    await scrolled.locator('.scroller').evaluate((scroller) => {
      scroller.scrollTop = 1200;
    });
    const userRow = (await instance(scrolled, 32)).name;
    await expect(scrolled.getByText(userRow, { exact: true })).toBeVisible();
    const afterScroll = await fillAndSave(scrolled, missing);
    expect(afterScroll.ok).toBe(false);
    expect(afterScroll.message).toMatch(/scrolled through the whole list/i);
    expect(await scrolled.locator('.scroller').evaluate((s) => s.scrollTop)).toBe(1200);
    await expect(scrolled.getByText(userRow, { exact: true })).toBeInViewport();
    expect(await scrolled.evaluate(() => window.__longList.saved)).toEqual([]);
  });

  test('a near-twin Client ID on another page is never taken', async ({ openModelSite }) => {
    for (const query of ['list=paged&pager=antd&search=1', 'list=paged&pager=numbered&search=0']) {
      const page = await open(openModelSite, query);
      const twin = await instance(page, 17);
      const last = twin.clientId.at(-1) === 'a' ? 'b' : 'a';
      const wanted = `${twin.clientId.slice(0, -1)}${last}`;
      const result = await reveal(page, wanted);
      expect(result.kind).toBe('none');
      expect(result.tried.pages).toBe(4);
      const filled = await fillAndSave(page, wanted);
      expect(filled.ok).toBe(false);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      expect(await page.evaluate(() => window.__longList.saved)).toEqual([]);
    }
  });
});
