/** The extension's outline page, as "Copy page outline" opens it: what it shows the user. */
import { type BrowserContext, expect, type Page } from '@playwright/test';
import type { PageOutline } from '../../utils/core/outline-types';

/** Clicks "Copy page outline" with `click` and reads the outline the page that opens shows. */
export async function outlinePageOpenedBy(context: BrowserContext, click: () => Promise<void>) {
  const opened = context.waitForEvent('page', (page) => page.url().includes('/outline.html'));
  await click();
  const page: Page = await opened;
  const preview = page.getByLabel('The outline that “Copy outline” copies');
  await expect(preview).toHaveValue(/"outline": 1/, { timeout: 15_000 });
  const text = await preview.inputValue();
  return { page, text, outline: JSON.parse(text) as PageOutline };
}
