/**
 * A framework re-creates the edit form when the list behind it re-renders (here a virtualised
 * list of cards, scrolled by the user after the fill): the filled field is a new element. The
 * extension follows the same instance's form, so the user's Save is still seen as the save —
 * not as a cancel because the element it filled went away.
 */
import type { Page } from '@playwright/test';
import { type ExtensionFixtures, expect, test } from '../support/extension';
import { cardText } from '../support/overlay';
import { seedCapture } from '../support/seed-capture';
import { Seller } from '../support/seller';
import { generate } from '../zoo/layouts';
import { installZoo } from '../zoo/serve';
import type { LayoutPair, ZooVendorAutoHooks } from '../zoo/types';

const zooPair = (wanted: Record<string, string>) => {
  const pair = generate().find(
    (p) =>
      p.vendorAuto.target !== null &&
      Object.entries(wanted).every(([axis, value]) => p.vendorAuto.axes[axis] === value),
  );
  if (!pair) throw new Error(`the zoo has no VendorAuto layout with ${JSON.stringify(wanted)}`);
  return pair;
};

/** The due app's new secret seeded as captured, VendorAuto open, and the popup's Fill clicked. */
async function fillOn(
  pair: LayoutPair,
  {
    context,
    serviceWorker,
    openPopup,
  }: Pick<ExtensionFixtures, 'context' | 'serviceWorker' | 'openPopup'>,
): Promise<Page> {
  const zoo = await installZoo(context);
  zoo.show(pair.console, pair.vendorAuto);
  const due = pair.console.apps[pair.console.due];
  await seedCapture(serviceWorker, {
    clientId: pair.vendorAuto.clientId,
    secret: pair.console.newSecret,
    appName: due?.name ?? 'App',
  });
  const vendorAuto = await context.newPage();
  // "Are you sure?" may be the browser's own confirm(): the user says yes.
  vendorAuto.on('dialog', (dialog) => void dialog.accept());
  await vendorAuto.goto(pair.vendorAuto.url);
  await vendorAuto.waitForFunction(
    () => (window as unknown as { __zoo?: { ready: boolean } }).__zoo?.ready,
  );
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Fill in VendorAuto' }).first().click();
  await vendorAuto.bringToFront();
  await expect.poll(() => cardText(vendorAuto), { timeout: 15_000 }).toContain('now confirm');
  return vendorAuto;
}

const saved = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __zoo: ZooVendorAutoHooks }).__zoo.saved as { secret: string }[],
  );

test('the form re-rendered after the fill: the user’s Save still counts, with the new secret', async ({
  context,
  serviceWorker,
  openPopup,
}) => {
  const pair = zooPair({ list: 'cards', paging: 'virtualised', editIn: 'inline' });
  const vendorAuto = await fillOn(pair, { context, serviceWorker, openPopup });

  // The list scrolls a little: it re-renders every card, the open editor with it.
  const field = vendorAuto.getByPlaceholder(/Client Secret/).first();
  const before = await field.elementHandle();
  // (Scrolled as the wheel would: the ring drawn over the list takes the pointer here.)
  await vendorAuto
    .locator('.scroller')
    .evaluate((list) => list.scrollBy(0, list.scrollTop === 0 ? 40 : -40));
  await expect.poll(() => before?.evaluate((e) => e.isConnected)).toBe(false);
  await expect(field).toHaveValue(pair.console.newSecret);
  // The user reads the card before saving: long enough for a vanished field to look like a cancel.
  await vendorAuto.waitForTimeout(2500);
  expect(await cardText(vendorAuto)).toContain('now confirm');

  await vendorAuto.getByRole('button', { name: 'Save', exact: true }).click();
  await expect
    .poll(() => saved(vendorAuto))
    .toEqual([expect.objectContaining({ secret: pair.console.newSecret })]);
  await expect.poll(() => cardText(vendorAuto)).toContain('saved');
  expect(await cardText(vendorAuto)).not.toContain('Not saved');
});

test('a Save cut off by the list’s own scroller is scrolled to before it is ringed: a click on the ring saves', async ({
  context,
  serviceWorker,
  openPopup,
}) => {
  // MUI DataGrid style: pinned columns, rows virtualised inside the grid's scroller, edited inline.
  const pair = zooPair({ list: 'mui-datagrid-pinned', paging: 'virtualised', editIn: 'inline' });
  const vendorAuto = await fillOn(pair, { context, serviceWorker, openPopup });
  await new Seller().clickRing(vendorAuto, /now confirm/);
  await expect
    .poll(() => saved(vendorAuto))
    .toEqual([expect.objectContaining({ secret: pair.console.newSecret })]);
});
