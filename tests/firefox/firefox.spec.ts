/**
 * The Firefox build in Firefox, used as a seller would: the console script and its guide, the
 * capture of the new secret, the popup's hand-off card, the fill on VendorAuto.
 */
import { test as base, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { URLS } from '../support/sites';
import { type Box, FirefoxWithExtension } from './support/firefox';

const test = base.extend<{ firefox: FirefoxWithExtension }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
  firefox: async ({}, use) => {
    const firefox = await FirefoxWithExtension.launch();
    await use(firefox);
    await firefox.close();
  },
});

const APP = 'Northwind Inventory Sync';

type Rotation = { clientId: string; oldSecret: string; newSecret: string };
type Saved = { instanceId: string; clientId: string; clientSecret: string };

/** Waits for the card to show `title` with a ring away from `notAt`, then clicks the ring's centre. */
async function clickHighlighted(
  firefox: FirefoxWithExtension,
  page: Page,
  title: string,
  notAt?: Box,
): Promise<Box> {
  let ring: Box | null = null;
  await expect
    .poll(
      async () => {
        const state = await firefox.readOverlay(page);
        ring = state.ring;
        const moved =
          !notAt || (ring !== null && Math.abs(ring.x - notAt.x) + Math.abs(ring.y - notAt.y) > 4);
        return state.card.includes(title) && ring !== null && moved;
      },
      { message: `the guide shows "${title}" with a highlighted element`, timeout: 15_000 },
    )
    .toBe(true);
  await new Promise((settle) => setTimeout(settle, 400)); // a smooth scroll
  const settled = (await firefox.readOverlay(page)).ring ?? (ring as unknown as Box);
  await page.mouse.click(settled.x + settled.width / 2, settled.y + settled.height / 2);
  return settled;
}

// biome-ignore lint/performance/useDomNodeTextContent: what is rendered, as a user reads it.
const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

test('on the console the content script reads the apps and the guide card points at View', async ({
  firefox,
}) => {
  const console = await firefox.openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  await expect
    .poll(async () => (await firefox.readOverlay(console)).card, { timeout: 15_000 })
    .toContain(`Choose View for “${APP}”`);
  const { ring } = await firefox.readOverlay(console);
  if (!ring) throw new Error('no highlighted element');
  // What sits under the ring's centre is the View control in the app's row.
  const highlighted = await console.evaluate(
    (x, y) => {
      const hit = document
        .elementsFromPoint(x, y)
        .find((element) => element.localName !== 'lwa-rotator-overlay');
      const control = hit?.closest('button, a, kat-button, kat-link, [role="button"]');
      const row = control?.closest('tr, [role="row"], kat-table-row, kat-table-body > *');
      return {
        label: (control?.textContent || control?.getAttribute('label') || '').trim(),
        row: row?.textContent ?? '',
      };
    },
    ring.x + ring.width / 2,
    ring.y + ring.height / 2,
  );
  expect(highlighted.label).toBe('View');
  expect(highlighted.row).toContain(APP);

  // What the console script reported reaches the popup.
  const popup = await firefox.openPopup();
  await expect.poll(() => bodyText(popup)).toContain(APP);
  expect(await bodyText(popup)).toMatch(/\d+ days left/);
});

test('follow the guide: capture, the popup hand-off card, fill on VendorAuto, confirm', async ({
  firefox,
}) => {
  const console = await firefox.openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  await clickHighlighted(firefox, console, `Choose View for “${APP}”`);
  await clickHighlighted(firefox, console, 'Choose Rotate secret');
  await clickHighlighted(firefox, console, 'Read the warning and choose Rotate secret again');
  await expect
    .poll(async () => (await firefox.readOverlay(console)).card)
    .toContain('New secret captured');
  const [rotation] = await console.evaluate(
    () => (window as unknown as { __fixture: { rotations: Rotation[] } }).__fixture.rotations,
  );
  if (!rotation) throw new Error('the console did not rotate');
  expect((await firefox.readOverlay(console)).card).not.toContain(rotation.newSecret);

  const vendorAuto = await firefox.openSite(
    URLS.vendorAutoInstances,
    'vendorauto/instances-table.html',
  );
  await expect.poll(() => bodyText(vendorAuto)).toContain('Acme Home');

  const popup = await firefox.openPopup();
  await expect.poll(() => bodyText(popup)).toContain('Fill in VendorAuto');
  const card = await popup.evaluate(
    () => document.querySelector('article.handoff')?.textContent ?? '',
  );
  expect(card).toContain(APP);
  expect(card).toContain(rotation.clientId);
  expect(card).toContain(`••••${rotation.newSecret.slice(-4)}`);
  expect(await popup.evaluate(() => document.documentElement.outerHTML)).not.toContain(
    rotation.newSecret,
  );
  // A fresh install: the user confirms once that this address is their VendorAuto.
  const trust = await popup.waitForSelector('::-p-text(Trust app.vendorauto.com)');
  await trust?.click();
  await expect
    .poll(() => popup.evaluate(() => document.querySelector('button.primary')?.textContent ?? ''))
    .toBe('Fill in VendorAuto');
  const fill = await popup.waitForSelector('::-p-text(Fill in VendorAuto)');
  await fill?.click();

  await expect
    .poll(() =>
      vendorAuto.evaluate(
        () => (document.querySelector('#va-edit-secret') as HTMLInputElement | null)?.value,
      ),
    )
    .toBe(rotation.newSecret);
  const confirm = await clickHighlighted(firefox, vendorAuto, 'now confirm');
  await clickHighlighted(firefox, vendorAuto, 'now confirm', confirm);
  await expect
    .poll(() =>
      vendorAuto.evaluate(
        () => (window as unknown as { __vendorAuto: { saved: Saved[] } }).__vendorAuto.saved,
      ),
    )
    .toEqual([
      expect.objectContaining({
        instanceId: 'ins_1057',
        clientId: rotation.clientId,
        clientSecret: rotation.newSecret,
      }),
    ]);
  await expect
    .poll(() => bodyText(popup))
    .toContain('Done — VendorAuto says it saved the new secret');
});
