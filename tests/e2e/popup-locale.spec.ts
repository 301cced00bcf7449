/**
 * A seller whose browser speaks German: the extension's name, the popup's headings, buttons,
 * countdowns and dates are German, while the console it reads stays English (the console's
 * language is independent of the browser's). Chromium is launched with its interface in German.
 */
import { type ChromeGlobal, expect, test } from '../support/extension';
import { rotateInConsole } from '../support/flows';
import { URLS } from '../support/sites';

type I18nChrome = ChromeGlobal & {
  chrome: { i18n: { getUILanguage(): string; getMessage(name: string): string } };
};

const APP = 'Northwind Inventory Sync';

test.use({ uiLanguage: 'de' });

test('Chromium in German: the extension’s name resolves in German', async ({
  serviceWorker,
  context,
}) => {
  const seen = await serviceWorker.evaluate(() => {
    const { chrome } = globalThis as unknown as I18nChrome;
    return {
      language: chrome.i18n.getUILanguage(),
      name: chrome.i18n.getMessage('extName'),
      manifestName: String(chrome.runtime.getManifest().name),
    };
  });
  expect(seen.language).toMatch(/^de\b/);
  expect(seen.name).toBe('LWA Secret Rotator für VendorAuto');
  // The manifest says __MSG_extName__; the browser localises it when it loads the extension.
  expect(seen.manifestName).toBe('LWA Secret Rotator für VendorAuto');

  // Where a user sees it: the browser's extensions page.
  const extensions = await context.newPage();
  await extensions.goto('chrome://extensions/');
  await expect(extensions.getByRole('heading', { name: /^LWA Secret Rotator für/ })).toHaveText(
    'LWA Secret Rotator für VendorAuto',
  );
  await expect(
    extensions.getByText('Rotieren Sie Ihr Amazon-SP-API-Client-Secret', { exact: false }).first(),
  ).toBeVisible();
});

test('the popup in German: headings, the fill button, a German countdown and a German date', async ({
  openSite,
  openPopup,
}) => {
  const console = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  await rotateInConsole(console, APP);
  await openSite(URLS.vendorAutoInstances, 'vendorauto/instances-table.html');

  const popup = await openPopup();
  await expect(popup.locator('html')).toHaveAttribute('lang', /^de\b/);
  await expect(popup.getByRole('heading', { name: 'Wartet auf VendorAuto' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Ihre Apps' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'In VendorAuto eintragen' })).toBeEnabled();
  await expect(popup.getByRole('button', { name: 'Einstellungen' })).toBeVisible();
  const handoff = popup.getByRole('article', { name: `Übergabe für ${APP}` });
  await expect(handoff).toContainText('Bereit für VendorAuto');
  await expect(popup.locator('.apps li').filter({ hasText: APP }).locator('.days')).toHaveText(
    'Erfasst – in VendorAuto eintragen',
  );
  // Just captured, wiped after the default 15 minutes: both said the German way.
  await expect(handoff.locator('.meta')).toHaveText(
    /^Erfasst (gerade eben|vor \d+ Min\.) · wird gelöscht in \d+ Min\.$/,
  );
  // Discarded, the rotation enters the history with its date written the German way.
  await handoff.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(popup.getByRole('heading', { name: 'Verlauf' })).toBeVisible();
  await expect(popup.locator('.apps .days').first()).toHaveText('Kein Ablaufhinweis');
  const entry = popup.locator('.app-history').filter({ hasText: APP });
  await expect(entry.locator('summary')).toContainText('1 Rotation');
  await entry.locator('summary').click();
  await expect(entry.locator('li')).toContainText('Verworfen');
  const time = entry.locator('time').first();
  const iso = await time.getAttribute('datetime');
  const german = new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso ?? ''),
  );
  await expect(time).toHaveText(german);
  // "02.12.2026, 18:05": day first, dots, 24-hour clock — not "Dec 2, 2026, 6:05 PM".
  await expect(time).toHaveText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
});
