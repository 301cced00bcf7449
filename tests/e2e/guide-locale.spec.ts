/**
 * The on-page guide speaks the browser's language while the console keeps its own: a seller
 * whose Chromium runs in German opens an English Seller Central page. The card is German, and
 * it names the app the page model read from the English page.
 *
 * Chromium takes the extension's language from `--lang`. Debian's Chromium ships only the
 * en-US interface pack (no chromium-l10n), so there `chrome.i18n.getUILanguage()` still answers
 * en-US while the extension's messages are German: the test records what it answered.
 */
import { expect, test } from '../support/extension';
import { clickHighlighted, readOverlay, waitForGuide } from '../support/overlay';
import { URLS } from '../support/sites';

test.use({ uiLanguage: 'de' });

type ChromeI18n = {
  chrome: { i18n: { getUILanguage(): string; getMessage(key: string): string } };
};

const APP = 'Northwind Inventory Sync';

test('a German browser on an English console: the first card is German and names the due app read from the English page', async ({
  openSite,
  serviceWorker,
}) => {
  const uiLanguage = await serviceWorker.evaluate(() =>
    (globalThis as unknown as ChromeI18n).chrome.i18n.getUILanguage(),
  );
  test.info().annotations.push({ type: 'chrome.i18n.getUILanguage()', description: uiLanguage });

  const amazon = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  expect(await amazon.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
  await expect(amazon.getByText(APP, { exact: true }).first()).toBeVisible();

  // The ring sits on the app's View control: the model found the due app on the English page.
  const view = await waitForGuide(amazon, `Wählen Sie „Ansehen“ für „${APP}“`);
  const first = await readOverlay(amazon);
  const [, step, of] = first.card.match(/Schritt (\d+) von (\d+)/) ?? [];
  expect(Number(step)).toBeGreaterThan(0);
  expect(first.card).not.toContain('Choose View');
  expect(first.buttons.map((button) => button.label)).toContain('Seitengliederung kopieren');

  // The English page still reads as before: its View opens the credentials, the guide moves on.
  await clickHighlighted(amazon, `Wählen Sie „Ansehen“ für „${APP}“`);
  await waitForGuide(amazon, `Schritt ${Number(step) + 1} von ${of}`, { notAt: view });
});
