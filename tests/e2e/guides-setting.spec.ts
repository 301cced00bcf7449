/**
 * "Show the on-page guides" off — the user's choice in Settings, or an organisation's policy
 * (mirrored to storage.local by the background; headless Chromium here takes no machine policy,
 * so the mirror is written as the background writes it) — and the console offers no card of its
 * own. On again, and the same page offers it.
 */
import type { Worker } from '@playwright/test';
import { type ChromeGlobal, expect, test } from '../support/extension';
import { cardText } from '../support/overlay';
import { URLS } from '../support/sites';

const setLocal = (worker: Worker, values: object) =>
  worker.evaluate(
    (v) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set(v),
    values,
  );

test('guides off in Settings: no card on a console with an app due; on again: the card', async ({
  openSite,
  serviceWorker,
}) => {
  await setLocal(serviceWorker, { settings: { guidesEnabled: false } });
  const amazon = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  await amazon.waitForTimeout(3000);
  expect(await cardText(amazon)).toBe('');

  await setLocal(serviceWorker, { settings: { guidesEnabled: true } });
  await amazon.reload();
  await expect.poll(() => cardText(amazon)).toContain('Choose View for “Northwind Inventory Sync”');
});

test('a policy that turns guides off wins over the user’s own setting', async ({
  openSite,
  serviceWorker,
  readStorage,
}) => {
  // After the background's own mirror at wake-up (no policy here), as an administrator's change would be.
  await expect.poll(async () => 'policy' in (await readStorage('local'))).toBe(true);
  await setLocal(serviceWorker, { settings: { guidesEnabled: true }, policy: { guides: false } });
  const amazon = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  await amazon.waitForTimeout(3000);
  expect(await cardText(amazon)).toBe('');

  await setLocal(serviceWorker, { policy: {} });
  await amazon.reload();
  await expect.poll(() => cardText(amazon)).toContain('Choose View for “Northwind Inventory Sync”');
});
