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
  test(`the page can neither fade nor cover the guide’s fill button (opacity:0 by ${how}, a decoy on top)`, async ({
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
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const seen = await whatTheUserSeesAt(page, point);
    await page.mouse.click(point.x, point.y);
    await page.waitForTimeout(SETTLE_MS);
    if (seen === 'extension') {
      // The page could neither fade nor cover the button: the user clicked what they saw.
      expect(await overlayOpacity(page)).toBe('1');
    } else {
      // Whatever the page put on top, a click on it releases nothing.
      await expectNoSecretInPage(page, secret);
    }
    // Either way the decoy must not be what the user saw over the extension's button.
    expect(seen).toBe('extension');
  });
}

/** The topmost thing painted at `point`, pointer-events:none decoys included (CDP hit test). */
async function whatTheUserSeesAt(
  page: Page,
  point: { x: number; y: number },
): Promise<'extension' | 'page'> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { backendNodeId } = (await cdp.send('DOM.getNodeForLocation', {
      x: Math.round(point.x),
      y: Math.round(point.y),
      ignorePointerEventsNone: true,
      includeUserAgentShadowDOM: false,
    })) as { backendNodeId: number };
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as {
      object: { objectId: string };
    };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        for (let node = this; node; ) {
          if (node.nodeName === 'LWA-ROTATOR-OVERLAY' || node.hasAttribute?.('data-lwa-rotator-overlay')) return true;
          const root = node.getRootNode();
          node = node.parentNode && node.parentNode !== root ? node.parentNode : root.host ?? node.parentNode;
          if (node === document) return false;
        }
        return false;
      }`,
      returnByValue: true,
    })) as { result: { value: boolean } };
    return result.value ? 'extension' : 'page';
  } finally {
    await cdp.detach();
  }
}

async function overlayOpacity(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('lwa-rotator-overlay, [data-lwa-rotator-overlay]');
    return host ? getComputedStyle(host).opacity : 'missing';
  });
}
