/**
 * Finding 3: the on-page "Fill the new secret" button cannot be hidden by the page and put under
 * a decoy so that one real click fills.
 */
import type { Page } from '@playwright/test';
import { type Box, readOverlay } from '../support/overlay';
import { URLS } from '../support/sites';
import {
  captureNewSecret,
  expect,
  expectNoSecretInPage,
  SETTLE_MS,
  test,
  trustOrigin,
} from './support';

const FILL_BUTTON = 'Fill the new secret';

async function openSecretFieldByHand(page: Page) {
  await page
    .getByRole('row', { name: /Northwind Outdoor EU/ })
    .getByRole('button', { name: 'Edit instance' })
    .click();
  await page.getByRole('button', { name: 'Edit Client Secret' }).click();
  await expect(page.locator('#va-edit-secret')).toBeVisible();
}

async function fillButtonBox(page: Page): Promise<Box> {
  let box: Box | null = null;
  await expect
    .poll(
      async () => {
        box = (await readOverlay(page)).buttons.find((b) => b.label === FILL_BUTTON)?.box ?? null;
        return box !== null;
      },
      { message: `the guide offers "${FILL_BUTTON}"`, timeout: 10_000 },
    )
    .toBe(true);
  return box as unknown as Box;
}

for (const how of ['stylesheet', 'inline'] as const) {
  test(`a real click on a decoy over the hidden guide button fills nothing (opacity:0 by ${how})`, async ({
    openSite,
    openHostile,
    openPopup,
    readStorage,
  }) => {
    const { secret } = await captureNewSecret(openSite, readStorage);
    const page = await openHostile(URLS.vendorAutoInstances, {
      fixture: 'vendorauto/instances-table.html',
      inject: ['recorder.js', 'clickjack.js'],
    });
    const popup = await openPopup();
    await trustOrigin(popup, 'app.vendorauto.com');
    await popup.close();
    await page.bringToFront();
    await openSecretFieldByHand(page);

    const box = await fillButtonBox(page);
    await page.evaluate(
      ([target, mode]) =>
        (
          window as unknown as {
            __hostile: { coverWithDecoy(b: unknown, m: string): void };
          }
        ).__hostile.coverWithDecoy(target, mode),
      [box, how] as const,
    );
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(SETTLE_MS);
    await expectNoSecretInPage(page, secret);
  });
}
