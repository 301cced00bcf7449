/**
 * User effort for one whole rotation: the manual procedure from VendorAuto's help page
 * (research 000_31ce28c5c9dbda1c.txt) counted action by action, against the one-click walk of
 * tests/e2e/one-click.spec.ts, run for real in Chromium and counted by the same `Seller`
 * (tests/support/seller.ts) that the test holds to 6 actions.
 */
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../../tests/support/browser';
import { type ChromeGlobal, TRUSTED_SIMULATED_VENDORAUTO } from '../../tests/support/extension';
import { confirmInVendorAuto, rotateAndContinue, Seller } from '../../tests/support/seller';
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

export type Walk = {
  name: string;
  /** Opens the sites as the seller has them before starting (not counted), then walks. */
  run(seller: Seller, open: (url: string, fixture: string) => Promise<Page>): Promise<boolean>;
};

/**
 * tests/e2e/one-click.spec.ts's walk, with its helpers and its counting Seller: VendorAuto's
 * Instances page already open in a tab (as the manual procedure has it), the console in front.
 */
export const ONE_CLICK_WALK: Walk = {
  name: 'one click (Continue in VendorAuto)',
  async run(seller, open) {
    const vendorAuto = await open(URLS.vendorAutoInstances, 'vendorauto/instances-table.html');
    const amazon = await open(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
    await rotateAndContinue(seller, amazon, 'Northwind Inventory Sync');
    await confirmInVendorAuto(seller, vendorAuto);
    const newSecret = await amazon.evaluate(
      () =>
        (window as unknown as { __fixture: { rotations: { newSecret: string }[] } }).__fixture
          .rotations[0]?.newSecret,
    );
    return vendorAuto.evaluate(
      (secret) =>
        (
          window as unknown as { __vendorAuto: { saved: { clientSecret: string }[] } }
        ).__vendorAuto.saved.some((saved) => saved.clientSecret === secret),
      newSecret,
    );
  },
};

export async function walkEffort(walk: Walk): Promise<WalkResult> {
  const context = await launchWithExtension(EXTENSION_DIR, {
    headless: true,
    viewport: { width: 1280, height: 860 },
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The one-time trust of the VendorAuto origin, as every e2e test starts.
    await worker.evaluate((origins) => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      return chrome.storage.local.set({ settings: { trustedVendorAutoOrigins: origins } });
    }, TRUSTED_SIMULATED_VENDORAUTO);
    const sites = await installSites(context);
    const open = async (url: string, fixture: string) => {
      serve(sites, url, fixture);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    };
    const seller = new Seller();
    const counted = (): Effort => ({
      clicks: seller.clicks,
      keystrokes: seller.keystrokes,
      tabSwitches: seller.tabSwitches,
      // The seller never copies: the secret goes from page to page without passing their hands.
      carriedByHand: seller.clipboardUses,
    });
    // A walk that breaks off is reported with what it counted so far, not hidden.
    try {
      const done = await walk.run(seller, open);
      return { ...counted(), failure: done ? null : 'the rotation did not complete' };
    } catch (error) {
      return {
        ...counted(),
        failure: String((error as Error).message).split('\n')[0] ?? 'failed',
      };
    }
  } finally {
    await context.close();
  }
}
