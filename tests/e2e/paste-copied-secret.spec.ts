/**
 * A console that shows the new secret only through Copy (masked, no Show, nothing to select):
 * the guide rings Copy and asks for a paste into the popup, and the pasted secret becomes the
 * capture of the rotation confirmed in that tab. A paste before any rotation is refused: it
 * could only be the old secret.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/extension';
import { cardText } from '../support/overlay';
import { Seller } from '../support/seller';
import { generate } from '../zoo/layouts';
import { installZoo } from '../zoo/serve';
import type { ZooConsoleHooks } from '../zoo/types';

// An English, copy-only console: Katal hosts with `display: contents`, the credentials in a drawer.
const pair = generate().find(
  (p) =>
    p.console.axes.secret === 'copy-only' &&
    p.console.axes.lang === 'en' &&
    p.console.axes.timing === 'immediate',
);
if (!pair) throw new Error('the zoo has no English copy-only console');
const due = pair.console.apps[pair.console.due];

/** The simulated copy-only console, opened in a new tab, with the page allowed the clipboard. */
async function openConsole(context: BrowserContext, layout = pair): Promise<Page> {
  const zoo = await installZoo(context);
  if (layout) zoo.show(layout.console, layout.vendorAuto);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(layout?.console.url ?? '');
  await page.waitForFunction(
    () => (window as unknown as { __zoo?: { ready: boolean } }).__zoo?.ready,
  );
  return page;
}

/** A user who knows the console: View, Rotate secret, the warning's confirm (and its checkbox). */
async function rotate(page: Page) {
  for (let step = 0; step < 8; step++) {
    const next = (
      await page.evaluateHandle(() =>
        (window as unknown as { __zoo: ZooConsoleHooks }).__zoo.nextTarget(),
      )
    ).asElement();
    const rotated = await page.evaluate(
      () => (window as unknown as { __zoo: ZooConsoleHooks }).__zoo.rotations.length,
    );
    if (rotated > 0 || !next) break;
    await next.click();
    await page.waitForTimeout(200);
  }
}

const secretsHeld = async (readStorage: (area: 'session') => Promise<Record<string, unknown>>) =>
  Object.values(((await readStorage('session')).secrets ?? {}) as Record<string, object>);

test('copied only: the guide rings Copy, the popup takes the paste, and the new pair is captured', async ({
  context,
  serviceWorker,
  openPopup,
  readStorage,
}) => {
  void serviceWorker;
  const amazon = await openConsole(context);
  await rotate(amazon);

  await expect
    .poll(() => cardText(amazon), { timeout: 10_000 })
    .toContain('Copy the new secret, then paste it into the extension');
  await new Seller().clickRing(amazon, 'Copy the new secret');
  const copied = await amazon.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(pair.console.newSecret);
  expect(await secretsHeld(readStorage)).toEqual([]);

  const popup = await openPopup();
  const field = popup.getByLabel(/Paste it here/);
  await field.focus();
  await popup.keyboard.press('Control+V');
  // The hand-off is ready in the popup, and the form (with the notice it answered) is gone.
  await expect(popup.getByRole('button', { name: 'Fill in VendorAuto' })).toBeVisible();
  await expect(field).toHaveCount(0);

  await expect
    .poll(() => secretsHeld(readStorage))
    .toEqual([
      expect.objectContaining({ clientId: due?.clientId, secret: pair.console.newSecret }),
    ]);
  await expect.poll(() => cardText(amazon)).toContain('New secret captured');
  expect(JSON.stringify(await readStorage('local'))).not.toContain(pair.console.newSecret);
});

// A German copy-only console whose apps render late and whose credentials replace the list (a
// route change): a user quick enough clicks View before the extension ever read the apps.
const quick = generate().find(
  (p) =>
    p.console.axes.secret === 'copy-only' &&
    p.console.axes.credentials === 'page' &&
    p.console.axes.timing === 'late',
);

test('a user who rotates before the apps were read still gets asked for the paste', async ({
  context,
  serviceWorker,
}) => {
  void serviceWorker;
  if (!quick) throw new Error('the zoo has no late copy-only console with a credentials page');
  const amazon = await openConsole(context, quick);
  await rotate(amazon);
  await expect
    .poll(() => cardText(amazon), { timeout: 10_000 })
    .toContain('Copy the new secret, then paste it into the extension');
});

test('a paste before any rotation is refused: it could only be the old secret', async ({
  context,
  serviceWorker,
  openPopup,
  readStorage,
}) => {
  void serviceWorker;
  await openConsole(context);
  // Straight from the popup's page, as its form would send it: the console saw no rotation.
  const popup = await openPopup();
  const result = await popup.evaluate(async (secret) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: { query(q: object): Promise<{ id: number }[]> };
        runtime: { sendMessage(m: object): Promise<unknown> };
      };
    };
    const [tab] = await chrome.tabs.query({ url: 'https://*/sellingpartner/developerconsole*' });
    return chrome.runtime.sendMessage({ type: 'popup/paste-secret', secret, tabId: tab?.id });
  }, pair.console.newSecret);
  expect(result).toEqual({
    ok: false,
    message: expect.stringContaining('has not seen you confirm “Rotate secret”'),
  });
  expect(await secretsHeld(readStorage)).toEqual([]);
});

// A second copy-only console, for another app: the seller forgot to click its Copy.
const next = generate().find(
  (p) =>
    p.console.axes.secret === 'copy-only' &&
    p.console.axes.lang === 'en' &&
    p.console.id !== pair.console.id,
);

test('a paste of the secret already taken for another app is refused: that app’s new secret would be lost', async ({
  context,
  serviceWorker,
  openPopup,
  readStorage,
}) => {
  void serviceWorker;
  if (!next) throw new Error('the zoo has no second English copy-only console');
  const first = await openConsole(context);
  await rotate(first);
  await expect.poll(() => cardText(first), { timeout: 10_000 }).toContain('paste it');
  await new Seller().clickRing(first, 'Copy the new secret');
  const popup = await openPopup();
  await popup.getByLabel(/Paste it here/).focus();
  await popup.keyboard.press('Control+V');
  await expect.poll(() => secretsHeld(readStorage)).toHaveLength(1);
  await popup.close();
  await first.close();

  // The next app's rotation, and the same clipboard pasted again.
  const second = await openConsole(context, next);
  await rotate(second);
  await expect.poll(() => cardText(second), { timeout: 10_000 }).toContain('paste it');
  const again = await openPopup();
  await again.getByLabel(/Paste it here/).focus();
  await again.keyboard.press('Control+V');
  await expect(again.getByRole('alert')).toContainText('already took this secret for');
  const held = await secretsHeld(readStorage);
  expect(held).toEqual([expect.objectContaining({ clientId: due?.clientId })]);
  expect(JSON.stringify(held)).not.toContain(next.console.apps[next.console.due]?.clientId ?? '-');
});
