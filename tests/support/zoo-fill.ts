/**
 * e2e tests on generated zoo layouts: pick a layout by its axis values, start on VendorAuto with
 * the new secret captured, and read what the page saved.
 */
import type { Page } from '@playwright/test';
import { generate } from '../zoo/layouts';
import { installZoo } from '../zoo/serve';
import type { LayoutPair, ZooVendorAutoHooks } from '../zoo/types';
import { type ExtensionFixtures, expect } from './extension';
import { cardText } from './overlay';
import { seedCapture } from './seed-capture';

/** The first zoo pair whose VendorAuto layout has these axis values and a matching instance. */
export const zooPair = (wanted: Record<string, string>) => {
  const pair = generate().find(
    (p) =>
      p.vendorAuto.target !== null &&
      // A menu that needs the user's own press is a handed-over step: only where asked for.
      (wanted.open !== undefined || p.vendorAuto.axes.open !== 'kebab-radix') &&
      Object.entries(wanted).every(([axis, value]) => p.vendorAuto.axes[axis] === value),
  );
  if (!pair) throw new Error(`the zoo has no VendorAuto layout with ${JSON.stringify(wanted)}`);
  return pair;
};

/**
 * The due app's new secret seeded as captured, VendorAuto open, the popup's Fill clicked, and
 * the page's card saying `cardSays`.
 */
export async function fillOn(
  pair: LayoutPair,
  {
    context,
    serviceWorker,
    openPopup,
  }: Pick<ExtensionFixtures, 'context' | 'serviceWorker' | 'openPopup'>,
  cardSays: string,
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
  await expect.poll(() => cardText(vendorAuto), { timeout: 15_000 }).toContain(cardSays);
  return vendorAuto;
}

/** What the simulated VendorAuto saved so far. */
export const savedOn = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __zoo: ZooVendorAutoHooks }).__zoo.saved as { secret: string }[],
  );
