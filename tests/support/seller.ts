/**
 * A scripted seller who does only what the extension asks: clicks inside its ring or on its
 * card's buttons, and types only where a site itself asks (a login). Every action is counted,
 * so a test can hold the extension to a number of actions a person takes.
 */
import type { Page } from '@playwright/test';
import { type Box, clickCardButton, clickHighlighted } from './overlay';

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
