/**
 * A guide on screen costs the page nothing while nothing happens: no timer of the extension
 * fires and none of its script runs while the seller reads the card (a laptop's fan and battery
 * notice a page that never sleeps). It still follows the page the moment the seller scrolls.
 */
import { traced } from '../../scripts/bench/trace';
import { expect, test } from '../support/extension';
import { type Box, readOverlay, waitForGuide } from '../support/overlay';
import { URLS } from '../support/sites';

/** The rotation watcher looks for a late-rendered console for this long after load, by design. */
const WATCHER_AFTER_LOAD_MS = 10_000;
const UNTOUCHED_MS = 3_000;
const VIEW_STEP = 'Choose View for “Northwind Inventory Sync”';

const underRing = (ring: Box) => ({ x: ring.x + ring.width / 2, y: ring.y + ring.height / 2 });

/** Runs in the page: the label of the control a click at this point would hit (a Katal host or a plain one). */
function controlAt({ x, y }: { x: number; y: number }): string | null {
  const control = document
    .elementFromPoint(x, y)
    ?.closest('kat-button, kat-link, button, a, [role="button"]');
  return (control?.getAttribute('label') ?? control?.textContent ?? '').trim() || null;
}

test('with the guide shown and the page untouched, no extension timer fires; a scroll still moves the ring with its button', async ({
  context,
  openSite,
}) => {
  test.setTimeout(60_000);
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle to trace with');
  const amazon = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  // A short window, so the row sits below the fold and the page can scroll; loaded again so
  // the guide starts in it (and scrolls its button into view as it does for a seller).
  await amazon.setViewportSize({ width: 1280, height: 320 });
  await amazon.reload();
  const before = await waitForGuide(amazon, VIEW_STEP);
  await amazon.waitForTimeout(WATCHER_AFTER_LOAD_MS);

  const { split } = await traced(browser, amazon, () => amazon.waitForTimeout(UNTOUCHED_MS));
  expect({ timers: split.extensionTimers, scriptMs: split.extensionMs }).toEqual({
    timers: 0,
    scriptMs: 0,
  });
  expect((await readOverlay(amazon)).ring).toEqual(before);

  const viewLabel = await amazon.evaluate(controlAt, underRing(before));
  expect(viewLabel).toMatch(/view/i);

  const scrolled = await amazon.evaluate(() => {
    const top = window.scrollY;
    // The guide scrolled its button to the middle: scrolling back up keeps it in the window.
    window.scrollBy({ top: -100, behavior: 'instant' });
    return window.scrollY - top;
  });
  expect(scrolled).toBeLessThan(-20);
  await expect
    .poll(async () => (await readOverlay(amazon)).ring?.y)
    .toBeCloseTo(before.y - scrolled, 0);
  const after = (await readOverlay(amazon)).ring;
  if (!after) throw new Error('the ring disappeared after the scroll');
  const stillOnView = await amazon.evaluate(controlAt, underRing(after));
  expect(stillOnView).toBe(viewLabel);
});
