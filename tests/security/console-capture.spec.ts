/**
 * Findings 5 and 6: what the console page model keeps, and what it captures, on hostile or
 * failing console pages: no secret outside storage.session, nothing captured from a failed rotation.
 */
import type { Page, Worker } from '@playwright/test';
import { rotate, showSecret, viewCredentials } from '../support/flows';
import { cardText } from '../support/overlay';
import { URLS } from '../support/sites';
import {
  expect,
  expectSecretsOnlyInSession,
  type HostilePage,
  NORTHWIND,
  POPUP_SAYS,
  SETTLE_MS,
  spyOnNotifications,
  test,
} from './support';

const CONSOLE = 'amazon/seller-central-us.html';
const withInlineRow = (format: string): HostilePage => ({
  fixture: CONSOLE,
  inject: ['inline-secret-row.js', `inline-${format}-secret-row.js`],
});
const withRotation = (behaviour: string): HostilePage => ({
  fixture: CONSOLE,
  inject: [`rotate-${behaviour}.js`],
  swapScripts: { '/__fixtures__/amazon/console-app.js': '/__security__/console-app.js' },
});

/** Fires the reminder check now, as its alarm would (unpacked extensions may schedule alarms this soon). */
async function runReminders(worker: Worker) {
  await worker.evaluate(() => {
    const { chrome } = globalThis as unknown as {
      chrome: { alarms: { create(name: string, info: object): void } };
    };
    chrome.alarms.create('deadline-reminders', { when: Date.now() + 100 });
  });
}

for (const format of ['legacy', 'prefixed'] as const) {
  test(`an inline credentials panel in a table row (${format} secret) never puts the secret in storage or a notification`, async ({
    openHostile,
    readStorage,
    serviceWorker,
  }) => {
    await spyOnNotifications(serviceWorker);
    const page = await openHostile(URLS.sellerCentralUs, withInlineRow(format));
    await expect(page.getByText(NORTHWIND, { exact: true })).toBeVisible();
    await viewCredentials(page, NORTHWIND);
    await expect(page.locator('#hostile-inline-panel')).toBeAttached();
    await page.waitForTimeout(SETTLE_MS);
    await runReminders(serviceWorker);
    await page.waitForTimeout(1500);
    await expectSecretsOnlyInSession(readStorage, serviceWorker);
  });
}

async function popupOrCardSays(page: Page, popup: Page, words: RegExp) {
  await expect
    .poll(
      async () =>
        words.test((await popup.locator('body').textContent()) ?? '') ||
        words.test(await cardText(page)),
      { message: `the popup or the console's card says ${words}` },
    )
    .toBe(true);
}

test('a failed rotation ("Something went wrong") then Show captures nothing, and says the rotation failed', async ({
  openHostile,
  openPopup,
  readStorage,
  serviceWorker,
}) => {
  await spyOnNotifications(serviceWorker);
  const page = await openHostile(URLS.sellerCentralUs, withRotation('error'));
  await expect(page.getByText(NORTHWIND, { exact: true })).toBeVisible();
  await viewCredentials(page, NORTHWIND);
  await rotate(page, { confirm: true });
  await expect(page.getByText('Something went wrong')).toBeVisible();
  await showSecret(page);
  await page.waitForTimeout(SETTLE_MS);

  const held = Object.keys((await readStorage('session')).secrets ?? {});
  expect(held, 'rotations holding a captured secret').toEqual([]);
  const popup = await openPopup();
  await expect(popup.getByRole('button', { name: POPUP_SAYS.fill })).toHaveCount(0);
  await popupOrCardSays(page, popup, POPUP_SAYS.rotationFailed);
  await expectSecretsOnlyInSession(readStorage, serviceWorker);
});

test('a capture whose page shows no new rotation date is marked unverified', async ({
  openHostile,
  openPopup,
  readStorage,
  serviceWorker,
}) => {
  await spyOnNotifications(serviceWorker);
  const page = await openHostile(URLS.sellerCentralUs, withRotation('same-date'));
  await expect(page.getByText(NORTHWIND, { exact: true })).toBeVisible();
  await viewCredentials(page, NORTHWIND);
  await rotate(page, { confirm: true });
  await expect(page.getByText('Client secret rotated')).toBeVisible();
  await page.waitForTimeout(SETTLE_MS);

  const popup = await openPopup();
  await expect(popup.locator('body')).toContainText(POPUP_SAYS.unverified);
  await expectSecretsOnlyInSession(readStorage, serviceWorker);
});
