/**
 * What a user does in the toolbar popup to send the captured secret to VendorAuto. Kept in
 * this one file because the popup flow is about to change ("Continue in VendorAuto").
 * Returns the number of clicks and what the popup said.
 */
import type { Page } from '@playwright/test';
import type { Extension } from './extension';

/** How long a user gives a popup that is still visibly getting ready. */
const POPUP_PROGRESS_MS = 15_000;

export async function fillFromPopup(
  ext: Extension,
  vendorAutoTitle: string,
): Promise<{ clicks: number; said: string }> {
  const popup = await ext.context.newPage();
  let clicks = 0;
  try {
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${ext.id}/popup.html`);
    await popup.waitForLoadState('domcontentloaded');
    // A user looks once the popup has drawn what it offers: they wait while it shows progress
    // (Loading, then a Fill still disabled until it knows the tabs), not for a fixed time — a
    // cold popup on a loaded machine is slow, and a fixed wait failed pairs that then held alone.
    const trust = popup.getByRole('button', { name: /^Trust/ });
    const fillReady = popup.getByRole('button', { name: 'Fill in VendorAuto', disabled: false });
    await popup
      .getByText('Loading…', { exact: true })
      .waitFor({ state: 'detached', timeout: POPUP_PROGRESS_MS })
      .catch(() => undefined);
    if (await popup.getByRole('button', { name: 'Fill in VendorAuto' }).count())
      await trust
        .or(fillReady)
        .first()
        .waitFor({ timeout: POPUP_PROGRESS_MS })
        .catch(() => undefined);
    await popup.waitForTimeout(200);
    if (await trust.count()) {
      await trust.first().click({ timeout: 2000 });
      clicks++;
    }
    const choice = popup.locator('select').first();
    if (await choice.count()) {
      const value = await choice.evaluate((select, title) => {
        const option = Array.from((select as HTMLSelectElement).options).find((o) =>
          o.text.includes(title),
        );
        return option?.value ?? null;
      }, vendorAutoTitle);
      if (value) {
        await choice.selectOption(value, { timeout: 2000 });
        clicks++;
      }
    }
    const fill = popup.getByRole('button', { name: 'Fill in VendorAuto' }).first();
    // After Trust or a choice the popup redraws; a user waits for Fill to come back enabled.
    await fillReady
      .first()
      .waitFor({ timeout: POPUP_PROGRESS_MS })
      .catch(() => undefined);
    if (!(await fill.count()) || !(await fill.isEnabled()))
      return { clicks, said: await said(popup) };
    await fill.click({ timeout: 2000 });
    clicks++;
    await popup.waitForTimeout(800);
    return { clicks, said: await said(popup) };
  } catch {
    return { clicks, said: await said(popup).catch(() => '') };
  } finally {
    await popup.close();
  }
}

async function said(popup: Page): Promise<string> {
  const alerts = await popup.getByRole('alert').allInnerTexts();
  return alerts.join(' ').trim();
}

/** Opens the popup and pastes what the page's Copy put on the clipboard (Ctrl+V: one action). */
export async function pasteIntoPopup(ext: Extension): Promise<number> {
  const popup = await ext.context.newPage();
  try {
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${ext.id}/popup.html`);
    const field = popup.getByLabel(/Paste it here/);
    // A cold popup on a loaded machine draws the form late; the user looks until it is there.
    await field.focus({ timeout: 8000 });
    await popup.keyboard.press('Control+V');
    // The user sees the paste taken (the form gives way to the hand-off) or refused (an alert).
    await field
      .waitFor({ state: 'detached', timeout: 5000 })
      .catch(() => popup.waitForTimeout(500));
    return 2;
  } catch {
    return 1;
  } finally {
    await popup.close();
  }
}
