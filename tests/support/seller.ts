/**
 * A scripted seller who does only what the extension asks: clicks inside its ring or on its
 * card's buttons, and types only where a site itself asks (a login). Every action is counted,
 * so a test can hold the extension to a number of actions a person takes.
 */
import { expect, type Page } from '@playwright/test';
import { type Box, cardText, clickCardButton, clickHighlighted } from './overlay';

export class Seller {
  clicks = 0;
  keystrokes = 0;
  tabSwitches = 0;
  /** The seller never copies or pastes: a counter that must stay 0. */
  readonly clipboardUses = 0;
  readonly log: string[] = [];

  get actions(): number {
    return this.clicks + this.keystrokes + this.tabSwitches + this.clipboardUses;
  }

  async clickRing(page: Page, title: string | RegExp, options: { notAt?: Box } = {}) {
    const box = await clickHighlighted(page, title, options);
    this.clicks++;
    this.log.push(`ring: ${title}`);
    return box;
  }

  async clickCard(page: Page, label: string) {
    await clickCardButton(page, label);
    this.clicks++;
    this.log.push(`card: ${label}`);
  }

  async click(page: Page, what: string, click: () => Promise<void>) {
    await click();
    this.clicks++;
    this.log.push(`${new URL(page.url()).host}: ${what}`);
  }

  async type(page: Page, field: string, text: string) {
    await page.locator(field).pressSequentially(text);
    this.keystrokes += text.length;
    this.log.push(`type ${text.length} keys into ${field}`);
  }

  async switchTo(page: Page) {
    await page.bringToFront();
    this.tabSwitches++;
    this.log.push(`switch to ${new URL(page.url()).host}`);
  }
}

/**
 * The one-click rotation, as tests/e2e/one-click.spec.ts walks it and the benchmark counts it:
 * Amazon's three clicks, inside the ring, then the card's "Continue in VendorAuto".
 */
export async function rotateAndContinue(seller: Seller, amazon: Page, app: string) {
  await seller.clickRing(amazon, `Choose View for “${app}”`);
  await seller.clickRing(amazon, 'Choose Rotate secret');
  await seller.clickRing(amazon, 'Read the warning and choose Rotate secret again');
  await expect.poll(() => cardText(amazon)).toContain('New secret captured');
  await seller.clickCard(amazon, 'Continue in VendorAuto');
}

/** VendorAuto's two confirmations, each inside the ring. */
export async function confirmInVendorAuto(seller: Seller, vendorAuto: Page) {
  const confirm = await seller.clickRing(vendorAuto, 'now confirm');
  await seller.clickRing(vendorAuto, 'now confirm', { notAt: confirm });
  await expect.poll(() => cardText(vendorAuto)).toContain('Client Secret updated');
}
