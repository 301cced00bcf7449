/**
 * Never a dead end: where the extension finds the instance but cannot open its editor itself
 * (here a Radix / shadcn menu, whose trigger opens on a real pointer press and ignores a bare
 * click()), it rings the instance's kebab and asks for that one step; once the menu is open it
 * rings the menu's Edit; once the form shows, it fills by itself and rings Confirm. The seller
 * clicks only inside the ring.
 */
import { expect, test } from '../support/extension';
import { cardText, readOverlay } from '../support/overlay';
import { seedCapture } from '../support/seed-capture';
import { Seller } from '../support/seller';
import { fillOn, savedOn, zooPair } from '../support/zoo-fill';
import { installZoo } from '../zoo/serve';

test('a menu that opens only on a real press: the user opens it, picks Edit, and the fill carries on', async ({
  context,
  serviceWorker,
  openPopup,
}) => {
  const pair = zooPair({ open: 'kebab-radix', editIn: 'modal', sure: 'none', paging: 'all' });
  const vendorAuto = await fillOn(
    pair,
    { context, serviceWorker, openPopup },
    'Open this instance’s edit',
  );
  // The card names the step a kebab needs: its menu, then Edit.
  expect(await cardText(vendorAuto)).toContain('Open the highlighted menu and choose Edit');
  const seller = new Seller();
  const kebab = await seller.clickRing(vendorAuto, 'Open this instance’s edit');
  // The ring moves from the kebab to the open menu's Edit item.
  await seller.clickRing(vendorAuto, 'Open this instance’s edit', { notAt: kebab });
  await expect.poll(() => cardText(vendorAuto), { timeout: 10_000 }).toContain('now confirm');
  await seller.clickRing(vendorAuto, /now confirm/);
  await expect
    .poll(() => savedOn(vendorAuto))
    .toEqual([expect.objectContaining({ secret: pair.console.newSecret })]);
  // Two clicks handed over, one to confirm: nothing else was asked of the seller.
  expect(seller.clicks).toBe(3);
});

test('the handed-over step stays ringed when a virtual list re-renders the instance’s row', async ({
  context,
  serviceWorker,
  openPopup,
}) => {
  const pair = zooPair({
    open: 'kebab-radix',
    paging: 'virtualised',
    editIn: 'modal',
    sure: 'none',
  });
  const vendorAuto = await fillOn(
    pair,
    { context, serviceWorker, openPopup },
    'Open this instance’s edit',
  );
  const seller = new Seller();
  const before = (await readOverlay(vendorAuto)).ring;
  expect(before).not.toBeNull();
  // The seller scrolls the list a little: the virtual list draws every row anew.
  const replaced = await vendorAuto.evaluate(() => {
    const scroller = document.querySelector('.scroller') as HTMLElement;
    const row = scroller.querySelector('[aria-haspopup], button');
    scroller.scrollTop += 1;
    scroller.dispatchEvent(new Event('scroll'));
    return row !== null && !row.isConnected;
  });
  expect(replaced).toBe(true);
  // Ringed again, on the new copy of the same kebab (one pixel up, with the scroll).
  await expect
    .poll(async () => {
      const ring = (await readOverlay(vendorAuto)).ring;
      return ring !== null && before !== null && Math.abs(ring.y - before.y) < 4;
    })
    .toBe(true);
  const kebab = await seller.clickRing(vendorAuto, 'Open this instance’s edit');
  await seller.clickRing(vendorAuto, 'Open this instance’s edit', { notAt: kebab });
  await seller.clickRing(vendorAuto, /now confirm/);
  await expect
    .poll(() => savedOn(vendorAuto))
    .toEqual([expect.objectContaining({ secret: pair.console.newSecret })]);
});

test('the guide alone (no fill asked yet): the ring moves from the kebab to its open menu’s Edit', async ({
  context,
  serviceWorker,
}) => {
  const pair = zooPair({ open: 'kebab-radix', editIn: 'modal', paging: 'all' });
  const zoo = await installZoo(context);
  zoo.show(pair.console, pair.vendorAuto);
  await seedCapture(serviceWorker, {
    clientId: pair.vendorAuto.clientId,
    secret: pair.console.newSecret,
    appName: pair.console.apps[pair.console.due]?.name ?? 'App',
  });
  const vendorAuto = await context.newPage();
  vendorAuto.on('dialog', (dialog) => void dialog.accept());
  await vendorAuto.goto(pair.vendorAuto.url);
  const seller = new Seller();
  const kebab = await seller.clickRing(vendorAuto, 'Open its highlighted menu and choose Edit');
  await seller.clickRing(vendorAuto, 'Open its highlighted menu and choose Edit', { notAt: kebab });
  // The instance's form is open: the guide goes on to the secret.
  await expect
    .poll(() => cardText(vendorAuto), { timeout: 10_000 })
    .toMatch(/Put the new secret for .* into the Client Secret field|Client Secret/);
  expect(await cardText(vendorAuto)).not.toContain('Open its highlighted menu');
  expect(await savedOn(vendorAuto)).toEqual([]);
});
