/**
 * Virtualised lists edited inline (a MUI DataGrid-style grid: pinned columns, rows rendered
 * inside the grid's own scroller). The list re-creates the edit form when it re-renders: the
 * extension follows the same instance's form, so the user's Save is still seen as the save, not
 * as a cancel because the element it filled went away. And a Save the scroller cuts off is
 * scrolled into view before it is ringed.
 */
import { type ExtensionFixtures, expect, test } from '../support/extension';
import { cardText } from '../support/overlay';
import { Seller } from '../support/seller';
import { fillOn, savedOn, zooPair } from '../support/zoo-fill';

const pair = zooPair({ list: 'mui-datagrid-pinned', paging: 'virtualised', editIn: 'inline' });
const filledIn = (fixtures: Pick<ExtensionFixtures, 'context' | 'serviceWorker' | 'openPopup'>) =>
  fillOn(pair, fixtures, 'now confirm');

test('the form re-rendered after the fill: the user’s Save still counts, with the new secret', async ({
  context,
  serviceWorker,
  openPopup,
}) => {
  const vendorAuto = await filledIn({ context, serviceWorker, openPopup });
  const filled = () =>
    vendorAuto.evaluateHandle(
      (secret) =>
        Array.from(document.querySelectorAll('input')).find((input) => input.value === secret) ??
        null,
      pair.console.newSecret,
    );

  // The list scrolls a little: it re-renders every row, the open editor with it.
  const before = await filled();
  // (Scrolled as the wheel would: the ring drawn over the list takes the pointer here.)
  await vendorAuto
    .locator('.scroller')
    .evaluate((list) => list.scrollBy(0, list.scrollTop === 0 ? 40 : -40));
  await expect.poll(() => before.evaluate((e) => e?.isConnected)).toBe(false);
  // A new field, with the value the page's own state kept.
  expect(await (await filled()).evaluate((e) => e?.isConnected)).toBe(true);
  // The user reads the card before saving: long enough for a vanished field to look like a cancel.
  await vendorAuto.waitForTimeout(2500);
  expect(await cardText(vendorAuto)).toContain('now confirm');

  await vendorAuto.getByRole('button', { name: 'Save', exact: true }).click();
  await expect
    .poll(() => savedOn(vendorAuto))
    .toEqual([expect.objectContaining({ secret: pair.console.newSecret })]);
  await expect.poll(() => cardText(vendorAuto)).toContain('saved');
  expect(await cardText(vendorAuto)).not.toContain('Not saved');
});

test('a Save cut off by the list’s own scroller is scrolled to before it is ringed: a click on the ring saves', async ({
  context,
  serviceWorker,
  openPopup,
}) => {
  const vendorAuto = await filledIn({ context, serviceWorker, openPopup });
  await new Seller().clickRing(vendorAuto, /now confirm/);
  await expect
    .poll(() => savedOn(vendorAuto))
    .toEqual([expect.objectContaining({ secret: pair.console.newSecret })]);
});
