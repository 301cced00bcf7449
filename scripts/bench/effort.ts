/**
 * User effort for one whole rotation: the manual procedure from VendorAuto's help page
 * (research 000_31ce28c5c9dbda1c.txt) counted action by action, against the extension's walk,
 * run for real in Chromium by clicking only what the guide highlights (tests/e2e/guide.spec.ts).
 * To measure a new flow (the one-click path), write it as another `Walk` and pass it to `walkEffort`.
 */
import { expect, type Page } from '@playwright/test';
import { launchWithExtension } from '../../tests/support/browser';
import { cardText, clickCardButton, clickHighlighted } from '../../tests/support/overlay';
import { installSites, serve, URLS } from '../../tests/support/sites';
import { EXTENSION_DIR } from './browser';

export type Effort = {
  clicks: number;
  keystrokes: number;
  tabSwitches: number;
  carriedByHand: number;
};
export type WalkResult = Effort & { failure: string | null };
export const total = (e: Effort) => e.clicks + e.keystrokes + e.tabSwitches;

type Action = { what: string } & Partial<Effort>;

/**
 * The help page's steps on the simulated sites, logged in to both (logging in is the same with
 * or without the extension, so neither side counts it). Copying = select (1 click-drag) +
 * Ctrl+C; pasting = Ctrl+V; a text editor holds the pair in between.
 */
export const MANUAL_PROCEDURE: Action[] = [
  { what: 'console: choose View in the due app’s row', clicks: 1 },
  { what: 'choose Rotate secret', clicks: 1 },
  { what: 'acknowledge the warning: Rotate secret', clicks: 1 },
  { what: 'copy the Client ID (select, Ctrl+C)', clicks: 1, keystrokes: 1 },
  { what: 'switch to a text editor, paste it (Ctrl+V)', tabSwitches: 1, keystrokes: 1 },
  {
    what: 'back to the console, copy the new secret (select, Ctrl+C)',
    tabSwitches: 1,
    clicks: 1,
    keystrokes: 1,
  },
  {
    what: 'switch to the editor, paste it (Ctrl+V)',
    tabSwitches: 1,
    keystrokes: 1,
    carriedByHand: 2,
  },
  { what: 'switch to VendorAuto, open Instances', tabSwitches: 1, clicks: 1 },
  {
    what: 'find the instance by Client ID: editor, copy ID, back, Ctrl+F, paste, Enter',
    tabSwitches: 2,
    clicks: 1,
    keystrokes: 4,
  },
  { what: 'click the instance’s pencil', clicks: 1 },
  { what: 'click the pencil under Client Secret', clicks: 1 },
  {
    what: 'editor: copy the secret; back: paste it into the field',
    tabSwitches: 2,
    clicks: 2,
    keystrokes: 2,
  },
  { what: 'Confirm, then Yes, replace', clicks: 2 },
];

export function sumEffort(actions: Action[]): Effort {
  return actions.reduce<Effort>(
    (sum, a) => ({
      clicks: sum.clicks + (a.clicks ?? 0),
      keystrokes: sum.keystrokes + (a.keystrokes ?? 0),
      tabSwitches: sum.tabSwitches + (a.tabSwitches ?? 0),
      carriedByHand: sum.carriedByHand + (a.carriedByHand ?? 0),
    }),
    { clicks: 0, keystrokes: 0, tabSwitches: 0, carriedByHand: 0 },
  );
}

/** What the person does, one counted action per call. */
export type Person = {
  openTab(url: string, fixture: string): Promise<Page>;
  clickHighlighted(page: Page, title: string, options?: { notAtLast?: boolean }): Promise<void>;
  clickCardButton(page: Page, label: string): Promise<void>;
};

export type Walk = {
  name: string;
  run(person: Person, sites: Map<string, string>): Promise<{ done: boolean }>;
};

/** tests/e2e/guide.spec.ts's walk: only highlighted targets and the card's one button. */
export const GUIDED_WALK: Walk = {
  name: 'guide (highlighted steps)',
  async run(person, sites) {
    const amazon = await person.openTab(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
    await person.clickHighlighted(amazon, 'Choose View for “Northwind Inventory Sync”');
    await person.clickHighlighted(amazon, 'Choose Rotate secret');
    await person.clickHighlighted(amazon, 'Read the warning and choose Rotate secret again');
    await amazon.waitForFunction(
      () =>
        (window as unknown as { __fixture: { rotations: unknown[] } }).__fixture.rotations
          .length === 1,
    );
    const newSecret = await amazon.evaluate(
      () =>
        (window as unknown as { __fixture: { rotations: { newSecret: string }[] } }).__fixture
          .rotations[0]?.newSecret,
    );
    sites.set('https://app.vendorauto.com/instances', 'vendorauto/instances-table.html');
    const vendorAuto = await person.openTab(URLS.vendorAutoDashboard, 'vendorauto/dashboard.html');
    await person.clickHighlighted(vendorAuto, 'Open VendorAuto’s Instances page');
    await person.clickHighlighted(
      vendorAuto,
      'Click the pencil of the instance with this Client ID',
    );
    await person.clickHighlighted(vendorAuto, 'Click the pencil under Client Secret');
    await expect.poll(() => cardText(vendorAuto)).toContain('Fill in the new secret');
    await person.clickCardButton(vendorAuto, 'Fill the new secret');
    await person.clickHighlighted(vendorAuto, 'now confirm');
    await person.clickHighlighted(vendorAuto, 'now confirm', { notAtLast: true });
    const saved = await vendorAuto.waitForFunction(
      (secret) =>
        (
          window as unknown as { __vendorAuto: { saved: { clientSecret: string }[] } }
        ).__vendorAuto.saved.some((s) => s.clientSecret === secret),
      newSecret,
      { timeout: 15_000 },
    );
    return { done: Boolean(await saved.jsonValue()) };
  },
};

export async function walkEffort(walk: Walk): Promise<WalkResult> {
  const context = await launchWithExtension(EXTENSION_DIR, {
    headless: true,
    viewport: { width: 1280, height: 860 },
  });
  try {
    const sites = await installSites(context);
    const effort: Effort = { clicks: 0, keystrokes: 0, tabSwitches: 0, carriedByHand: 0 };
    const lastRing = new Map<Page, Awaited<ReturnType<typeof clickHighlighted>>>();
    const person: Person = {
      async openTab(url, fixture) {
        serve(sites, url, fixture);
        const page = await context.newPage();
        await page.goto(url);
        effort.tabSwitches += 1;
        return page;
      },
      async clickHighlighted(page, title, options = {}) {
        const previous = lastRing.get(page);
        const ring = await clickHighlighted(
          page,
          title,
          options.notAtLast && previous ? { notAt: previous } : {},
        );
        lastRing.set(page, ring);
        effort.clicks += 1;
      },
      async clickCardButton(page, label) {
        await clickCardButton(page, label);
        effort.clicks += 1;
      },
    };
    // A walk that breaks off is reported with what it counted so far, not hidden.
    try {
      const { done } = await walk.run(person, sites);
      return { ...effort, failure: done ? null : 'the rotation did not complete' };
    } catch (error) {
      return { ...effort, failure: String((error as Error).message).split('\n')[0] ?? 'failed' };
    }
  } finally {
    await context.close();
  }
}
