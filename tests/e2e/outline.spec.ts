/**
 * "Copy page outline" end to end, on the production build: from the popup and from the on-page
 * guide, the outline page opens for the right tab, shows the page's structure and none of its
 * data, and copies exactly what it shows.
 */
import type { Page } from '@playwright/test';
import { findLeaks } from '../../utils/core/outline-leaks';
import type { OutlineChild } from '../../utils/core/outline-types';
import { expect, test } from '../support/extension';
import { fixtureValues } from '../support/fixture-values';
import { outlinePageOpenedBy } from '../support/outline-page';
import { cardText, clickCardButton } from '../support/overlay';
import { URLS } from '../support/sites';

/** A table row, in whatever markup the site uses (the same test runs in the page below). */
const isRow = (tag: string, role: string | null | undefined) =>
  tag === 'tr' || tag.endsWith('-row') || role === 'row';

/** Rows in the outline: a collapsed run of rows counts as as many as it stands for. */
function outlineRows(children: OutlineChild[] | undefined): number {
  let rows = 0;
  for (const child of children ?? []) {
    if (typeof child === 'string') continue;
    if (isRow(child.tag, child.attrs?.role)) rows += child.repeat ?? 1;
    rows += outlineRows(child.shadowChildren) + outlineRows(child.children);
  }
  return rows;
}

/** Rows the page itself has, open shadow roots included. */
function pageRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    let rows = 0;
    const visit = (root: ParentNode) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        const tag = element.tagName.toLowerCase();
        const role = element.getAttribute('role');
        if (tag === 'tr' || tag.endsWith('-row') || role === 'row') rows++;
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document.body);
    return rows;
  });
}

function hasExpected(children: OutlineChild[] | undefined): boolean {
  return (children ?? []).some(
    (child) =>
      typeof child !== 'string' &&
      (child.expected === true || hasExpected(child.children) || hasExpected(child.shadowChildren)),
  );
}

async function expectNothingOf(site: Page, text: string) {
  const known = await fixtureValues(site);
  expect(known.length, 'the fixture names its own values').toBeGreaterThan(3);
  expect(findLeaks(text, known)).toEqual([]);
}

/** Copies with the page's button, then pastes what the clipboard holds into a blank field. */
async function copyAndPaste(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy outline' }).click();
  await expect(page.getByRole('status')).toContainText('Copied');
  await page.evaluate(() => {
    const field = document.createElement('textarea');
    field.id = 'paste-here';
    document.body.append(field);
  });
  const field = page.locator('#paste-here');
  await field.focus();
  await page.keyboard.press('ControlOrMeta+V');
  return field.inputValue();
}

const CASES = [
  {
    name: 'a console page',
    url: URLS.sellerCentralUs,
    fixture: 'amazon/seller-central-us.html',
    site: 'amazon-console',
    ready: 'Choose View for “Northwind Inventory Sync”',
  },
  {
    name: 'a VendorAuto page',
    url: URLS.vendorAutoInstances,
    fixture: 'vendorauto/instances-table.html',
    site: 'vendorauto',
    ready: null,
  },
] as const;

for (const { name, url, fixture, site: siteName, ready } of CASES) {
  test(`the popup's "Copy page outline" shows and copies ${name}'s structure, none of its data`, async ({
    context,
    openSite,
    openPopup,
  }) => {
    const site = await openSite(url, fixture);
    if (ready) await expect.poll(() => cardText(site)).toContain(ready);
    await expect.poll(() => pageRows(site)).toBeGreaterThan(2);
    const popup = await openPopup();
    // The popup acts on the active tab: the user's page, as when it drops down from the toolbar.
    await site.bringToFront();

    const { page, text, outline } = await outlinePageOpenedBy(context, () =>
      popup.getByRole('button', { name: 'Copy page outline' }).click(),
    );
    expect(outline.site).toBe(siteName);
    expect(outlineRows(outline.root.children)).toBe(await pageRows(site));
    await expectNothingOf(site, text);
    await expect(page.getByRole('link', { name: 'Report a layout' })).toHaveAttribute(
      'href',
      'https://github.com/vendorauto-tools/lwa-secret-rotator/issues/new?template=layout-report.yml',
    );
    expect(await copyAndPaste(page)).toBe(text);
    // The outline went to the extension's page only, never into the page it describes.
    expect(await site.evaluate(() => document.documentElement.outerHTML)).not.toContain(
      '"outline": 1',
    );
  });
}

test('the guide\'s "Copy page outline" outlines its own tab and marks the element it rings', async ({
  context,
  openSite,
}) => {
  const site = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  await expect.poll(() => cardText(site)).toContain('Choose View for “Northwind Inventory Sync”');
  const { text, outline } = await outlinePageOpenedBy(context, () =>
    clickCardButton(site, 'Copy page outline'),
  );
  expect(outline.site).toBe('amazon-console');
  expect(hasExpected(outline.root.children)).toBe(true);
  await expectNothingOf(site, text);
});

test('the popup on a page that is neither the console nor VendorAuto gets no outline', async ({
  context,
  openSite,
  openPopup,
}) => {
  // VendorAuto's markup, at an address that is not VendorAuto's.
  const other = await openSite('https://example.com/instances', 'vendorauto/instances-table.html');
  const popup = await openPopup();
  await other.bringToFront();
  const opened = context.waitForEvent('page', (page) => page.url().includes('/outline.html'));
  await popup.getByRole('button', { name: 'Copy page outline' }).click();
  const page = await opened;
  await expect(page.getByRole('alert')).toContainText(
    'Amazon’s Developer Console and of VendorAuto only',
  );
  await expect(page.getByRole('button', { name: 'Copy outline' })).toHaveCount(0);
});
