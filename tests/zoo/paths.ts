/**
 * The three user paths tried on every layout pair, each judged held / safe / stalled / wrong
 * from the page's ground truth (`window.__zoo`) and the extension's storage.
 */
import type { Page } from '@playwright/test';
import { type Box, readOverlay } from '../support/overlay';
import { clearStorage, type Extension, readStorage, seedCapture } from './extension';
import type { LayoutPair, ZooConsoleHooks, ZooVendorAutoHooks } from './types';
import { fillFromPopup, pasteIntoPopup } from './user';

export type Outcome = 'held' | 'safe' | 'stalled' | 'wrong';
export type PathResult = { outcome: Outcome; note: string; clicks?: number };
export type PairResult = { id: string; capture: PathResult; fill: PathResult; walk: PathResult };

type Saved = ZooVendorAutoHooks['saved'][number] & { secretChanged?: boolean };
const STEP_MS = 250;
const IDLE_GIVE_UP_MS = 6000;
const WORKING_GIVE_UP_MS = 30_000;

async function open(ext: Extension, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(
    () => (window as unknown as { __zoo?: { ready: boolean } }).__zoo?.ready,
    null,
    { timeout: 8000 },
  );
  // The user looks at this tab: a page's Copy (navigator.clipboard) works only in a focused one.
  await page.bringToFront();
  return page;
}

const zoo = <T>(page: Page) =>
  page.evaluate(
    () => JSON.parse(JSON.stringify((window as unknown as { __zoo: unknown }).__zoo)) as never,
  ) as Promise<T>;
const cardOf = async (page: Page) =>
  (await readOverlay(page).catch(() => ({ card: '' }))).card.trim();
const oneLine = (text: string) => text.replace(/\s+/g, ' ').slice(0, 90);

/** Any secret of this pair in storage.local or .sync: never allowed. */
async function leaked(ext: Extension, secrets: string[]): Promise<boolean> {
  const text = JSON.stringify([await readStorage(ext, 'local'), await readStorage(ext, 'sync')]);
  return secrets.some((s) => text.includes(s));
}

async function judgeCapture(
  ext: Extension,
  pair: LayoutPair,
  page: Page,
  retried = false,
): Promise<PathResult & { captured: boolean }> {
  const layout = pair.console;
  const due = layout.apps[layout.due];
  const olds = layout.apps.map((a) => a.secret);
  if (await leaked(ext, [layout.newSecret, ...olds]))
    return { outcome: 'wrong', note: 'secret in storage.local', captured: false };
  const session = await readStorage(ext, 'session');
  const held = Object.values(
    (session.secrets ?? {}) as Record<string, { clientId: string; secret: string }>,
  );
  // Ground truth is what the page rotated: a user who opened another app and rotated it there
  // (a click that landed beside the ring) gets that app's pair, rightly, but not the due app's.
  const rotated = (await zoo<ZooConsoleHooks>(page).catch(() => ({ rotations: [] }))).rotations;
  for (const entry of held) {
    if (olds.includes(entry.secret))
      return { outcome: 'wrong', note: 'old secret captured', captured: false };
    if (entry.secret === layout.newSecret && entry.clientId !== due?.clientId) {
      const happened = rotated.some(
        (r) => r.clientId === entry.clientId && r.newSecret === entry.secret,
      );
      return happened
        ? {
            outcome: 'safe',
            note: 'another app was rotated (its own pair captured)',
            captured: false,
          }
        : { outcome: 'wrong', note: 'new secret paired with another Client ID', captured: false };
    }
    if (entry.secret !== layout.newSecret)
      return {
        outcome: 'wrong',
        note: 'a value that is no secret of this page captured',
        captured: false,
      };
  }
  if (held.some((e) => e.secret === layout.newSecret))
    return { outcome: 'held', note: 'captured', captured: true };
  const card = await cardOf(page);
  // The card says "captured" as soon as the page script saw it; the background may still be
  // storing it behind a 1,000-app page report. Judged now, it would land in the next path's storage.
  if (/captured/i.test(card) && !retried && (await waitFor(() => hasSecret(ext), 8000)))
    return judgeCapture(ext, pair, page, true);
  if (JSON.stringify(session.unpairedSecret ?? null).includes(layout.newSecret))
    return { outcome: 'safe', note: `unpaired: ${oneLine(card)}`, captured: false };
  return card
    ? { outcome: 'safe', note: oneLine(card), captured: false }
    : { outcome: 'stalled', note: 'no capture, no message', captured: false };
}

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, STEP_MS));
  }
  return check();
}

/**
 * A console that shows the new secret only through Copy: the card asks for a paste into the
 * popup (a handed-over step), and the user who clicked Copy does it. Returns the actions taken.
 */
async function pasteWhenAsked(ext: Extension, page: Page, lookMs: number): Promise<number> {
  // The user looks until either happens (a loaded machine is slow to do either), not a fixed time.
  const asked = async () => /paste it/i.test(await cardOf(page));
  const t0 = Date.now();
  await waitFor(async () => (await hasSecret(ext)) || (await asked()), lookMs);
  if (process.env.ZOO_DEBUG)
    console.log('  paste: looked', Date.now() - t0, 'ms', await cardOf(page));
  if (await hasSecret(ext)) return 0;
  const actions = (await asked()) ? await pasteIntoPopup(ext) : 0;
  if (process.env.ZOO_DEBUG) console.log('  paste: pasted', Date.now() - t0, 'ms');
  await waitFor(() => hasSecret(ext), 1000);
  return actions;
}

const hasSecret = async (ext: Extension) =>
  Object.keys(((await readStorage(ext, 'session')).secrets ?? {}) as object).length > 0;

/** a) A user who knows the page clicks the real controls; the extension only watches. */
export async function capturePath(
  ext: Extension,
  pair: LayoutPair,
): Promise<PathResult & { captured: boolean }> {
  const page = await open(ext, pair.console.url).catch(() => null);
  if (!page)
    return { outcome: 'stalled', note: 'the page did not render in time', captured: false };
  try {
    // Each pair is a new user: the clipboard does not hold the previous pair's secret.
    await page.evaluate(() => navigator.clipboard.writeText('').catch(() => undefined));
    let lastError = '';
    for (let step = 0, idle = 0; step < 10 && idle < 12; ) {
      const handle = await page.evaluateHandle(() =>
        (window as unknown as { __zoo: ZooConsoleHooks }).__zoo.nextTarget(),
      );
      const element = handle.asElement();
      if (!element) {
        const { rotations } = await zoo<ZooConsoleHooks>(page);
        if (process.env.ZOO_DEBUG)
          console.log('  capture: nothing to click; rotations', rotations.length);
        if (rotations.length > 0) break;
        idle++;
        await page.waitForTimeout(STEP_MS);
        continue;
      }
      if (process.env.ZOO_DEBUG)
        console.log(
          `  capture: click ${oneLine(await element.evaluate((e) => ((e.getRootNode() as ShadowRoot).host ?? e).textContent ?? ''))}`,
        );
      const clicked = await element.click({ timeout: 5000 }).then(
        () => true,
        (e: Error) => {
          lastError = e.message;
          return false;
        },
      );
      if (!clicked) {
        idle += 4;
        continue;
      }
      step++;
      await page.waitForTimeout(200);
    }
    await pasteWhenAsked(ext, page, 12_000);
    const judged = await judgeCapture(ext, pair, page);
    if (lastError && judged.outcome !== 'held')
      process.env.ZOO_DEBUG && console.log(pair.console.id, lastError);
    return judged;
  } catch (error) {
    return {
      outcome: 'stalled',
      note: `scripted user: ${oneLine(String(error).replace(/Call log:[\s\S]*?- /, ''))}`,
      captured: false,
    };
  } finally {
    await page.close();
  }
}

// "Copy page outline" reports a page the extension misreads; it is no step of the walk.
const NEVER = /^(?:×|✕|x|dismiss|close|hide|not now|cancel|copy page outline)$/i;
const center = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** Clicks only inside the ring or on the card's buttons until `done`, or until nothing new is offered. */
async function followGuide(
  page: Page,
  done: () => Promise<boolean>,
  maxClicks: number,
): Promise<{ clicks: number; done: boolean }> {
  let clicks = 0;
  let lastKey = '';
  let idleSince = Date.now();
  const started = Date.now();
  let lastSeen = '';
  while (clicks < maxClicks) {
    if (await done()) return { clicks, done: true };
    const state = await readOverlay(page).catch(() => null);
    const key = JSON.stringify([state?.card, state?.ring]);
    if (process.env.ZOO_DEBUG && key !== lastSeen) {
      lastSeen = key;
      const ring = state?.ring ? JSON.stringify(state.ring) : 'no ring';
      console.log(
        `  ${((Date.now() - started) / 1000).toFixed(1)} s`,
        ring,
        oneLine(state?.card ?? ''),
      );
    }
    const button = state?.buttons.find((b) => !NEVER.test(b.label));
    if (state && key !== lastKey && (state.ring || button)) {
      await page.waitForTimeout(300); // let a smooth scroll settle, then click where it is now
      // Done meanwhile (a capture lands while the card updates): a click now would take a next step.
      if (await done()) return { clicks, done: true };
      // A long smooth scroll (a 1,000-app list) outlasts that: wait until the ring stops moving.
      let settled = await readOverlay(page).catch(() => null);
      for (let look = 0; look < 12 && !button; look++) {
        await page.waitForTimeout(150);
        const again = await readOverlay(page).catch(() => null);
        const still = JSON.stringify(again?.ring) === JSON.stringify(settled?.ring);
        settled = again;
        if (still) break;
      }
      const target = button
        ? (settled?.buttons.find((b) => b.label === button.label)?.box ?? null)
        : (settled?.ring ?? null);
      if (target) {
        const { x, y } = center(target);
        await page.mouse.click(x, y);
        clicks++;
        lastKey = JSON.stringify([settled?.card, settled?.ring]);
        idleSince = Date.now();
        await page.waitForTimeout(350);
        continue;
      }
    }
    // A 1,000-app page on a loaded machine can take seconds to show its first ring; while the
    // card says the extension is still looking through the list, a user waits longer.
    const working = /finding your instance/i.test(state?.card ?? '');
    if (Date.now() - idleSince > (working ? WORKING_GIVE_UP_MS : IDLE_GIVE_UP_MS)) break;
    await page.waitForTimeout(STEP_MS);
  }
  return { clicks, done: await done() };
}

const savedOn = async (page: Page) => (await zoo<ZooVendorAutoHooks>(page)).saved as Saved[];

async function judgeFill(
  ext: Extension,
  pair: LayoutPair,
  page: Page,
  popupSaid: string,
): Promise<PathResult> {
  const { vendorAuto, console: layout } = pair;
  const old = layout.apps[layout.due]?.secret ?? '';
  await page.waitForTimeout(400);
  const saved = await savedOn(page).catch((e): Saved[] => {
    if (process.env.ZOO_DEBUG) console.log('saved unreadable', page.url(), String(e).slice(0, 200));
    return [];
  });
  if (await leaked(ext, [layout.newSecret, old]))
    return { outcome: 'wrong', note: 'secret in storage.local' };
  const elsewhere = saved.find((s) => s.instanceId !== vendorAuto.target);
  if (elsewhere)
    return {
      outcome: 'wrong',
      note: `saved on ${elsewhere.instanceId}, not ${vendorAuto.target ?? 'none'}`,
    };
  const onTarget = saved.filter((s) => s.instanceId === vendorAuto.target);
  if (onTarget.some((s) => s.secret !== layout.newSecret))
    return {
      outcome: 'wrong',
      note: onTarget.some((s) => s.secret === old) ? 'old secret saved' : 'other secret saved',
    };
  if (onTarget.length > 0) return { outcome: 'held', note: 'new secret saved' };
  const message = oneLine(`${popupSaid} ${await cardOf(page)}`.trim());
  if (vendorAuto.target === null)
    return message
      ? { outcome: 'held', note: `refused: ${message}` }
      : { outcome: 'stalled', note: 'no match, no message' };
  return message
    ? { outcome: 'safe', note: message }
    : { outcome: 'stalled', note: 'nothing saved, no message' };
}

/** On VendorAuto: the popup's fill, then only the ring and the card's buttons. */
async function fillInVendorAuto(
  ext: Extension,
  pair: LayoutPair,
  budget: number,
): Promise<PathResult> {
  const page = await open(ext, pair.vendorAuto.url).catch(() => null);
  if (!page) return { outcome: 'stalled', note: 'the page did not render in time' };
  try {
    await page.waitForTimeout(300);
    const popup = await fillFromPopup(ext, 'VendorAuto');
    await page.bringToFront();
    const walked = await followGuide(page, async () => (await savedOn(page)).length > 0, budget);
    const result = await judgeFill(ext, pair, page, popup.said);
    return { ...result, clicks: popup.clicks + walked.clicks };
  } catch (error) {
    return { outcome: 'stalled', note: oneLine(String(error)) };
  } finally {
    await page.close();
  }
}

/** b) With the new secret captured (seeded as the console would have if capture failed). */
export async function fillPath(
  ext: Extension,
  pair: LayoutPair,
  captured: boolean,
): Promise<PathResult> {
  if (!captured) {
    await clearStorage(ext);
    const due = pair.console.apps[pair.console.due];
    await seedCapture(
      ext,
      pair.console.apps[pair.console.due]?.clientId ?? '',
      pair.console.newSecret,
      due?.name ?? 'App',
    );
  }
  return fillInVendorAuto(ext, pair, 12);
}

/** c) From the console with nothing captured, following only the highlighted steps. */
export async function walkPath(ext: Extension, pair: LayoutPair): Promise<PathResult> {
  await clearStorage(ext);
  const page = await open(ext, pair.console.url).catch(() => null);
  if (!page) return { outcome: 'stalled', note: 'console: the page did not render in time' };
  let clicks = 0;
  try {
    const onConsole = await followGuide(page, () => hasSecret(ext), 15);
    clicks = onConsole.clicks;
    clicks += await pasteWhenAsked(ext, page, 0);
    const capture = await judgeCapture(ext, pair, page);
    if (!capture.captured) return { ...capture, note: `console: ${capture.note}`, clicks };
  } catch (error) {
    return { outcome: 'stalled', note: oneLine(String(error)), clicks };
  } finally {
    await page.close();
  }
  const onVendorAuto = await fillInVendorAuto(ext, pair, 25 - clicks);
  return {
    ...onVendorAuto,
    note: `vendorauto (after ${clicks} console clicks): ${onVendorAuto.note}`,
    clicks: clicks + (onVendorAuto.clicks ?? 0),
  };
}
