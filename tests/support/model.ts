/** Model tests: a plain Chromium page (no extension) on a simulated site, with the page models injected. */
import { test as base, type Page } from '@playwright/test';
import { injectModel } from './page-model';
import { installSites, serve } from './sites';

export const test = base.extend<{ openModelSite: (url: string, fixture: string) => Promise<Page> }>(
  {
    openModelSite: async ({ context, page }, use) => {
      const sites = await installSites(context);
      await use(async (url, fixture) => {
        serve(sites, url, fixture);
        await page.goto(url);
        await injectModel(page);
        return page;
      });
    },
  },
);

export { expect } from '@playwright/test';
