/**
 * `npm run outline:try -- outline.json [--html page.html]`: re-hydrates a layout report's page
 * outline with fake values, opens it in Chromium at the site's address (no network) with the
 * page models injected, and prints what they read: the apps and their deadlines on a console
 * page; the instance for the Client ID the extension looked for, and the edit form, on
 * VendorAuto. `--html` also writes the re-hydrated page, to start a fixture from.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/browser';
import { injectModel } from '../tests/support/page-model';
import { URLS } from '../tests/support/sites';
import { fakeValueOf, hydrateOutline } from '../utils/content/outline/hydrate';
import { findLeaks } from '../utils/core/outline-leaks';
import type { PageOutline } from '../utils/core/outline-types';

function parseArgs(argv: string[]): { file: string; html: string | null } {
  const htmlAt = argv.indexOf('--html');
  const html = htmlAt >= 0 ? (argv[htmlAt + 1] ?? null) : null;
  const file = argv.find((arg, i) => !arg.startsWith('--') && i !== htmlAt + 1);
  if (!file) throw new Error('Usage: npm run outline:try -- outline.json [--html page.html]');
  return { file, html };
}

function asOutline(value: unknown): PageOutline {
  const outline = value as PageOutline;
  if (outline?.outline !== 1 || typeof outline.root?.tag !== 'string')
    throw new Error('Not a page outline (expected {"outline": 1, "root": {...}}).');
  return outline;
}

/** The real address of the outline's site, so host-based logic sees what the user's browser saw. */
function addressOf(outline: PageOutline): string {
  if (outline.site === 'amazon-console') return URLS.sellerCentralUs;
  const path = fakeValueOf(outline.path || '/instances').replace(/[^\w/.-]/g, '');
  return `https://app.vendorauto.com${path.startsWith('/') ? path : '/instances'}`;
}

async function main(): Promise<void> {
  const { file, html: htmlOut } = parseArgs(process.argv.slice(2));
  const outline = asOutline(JSON.parse(await readFile(file, 'utf8')));
  const leaks = findLeaks(JSON.stringify(outline));
  if (leaks.length > 0) console.warn('Warning: this outline holds values it should not:', leaks);
  const html = hydrateOutline(outline);
  if (htmlOut) await writeFile(htmlOut, html);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const url = addressOf(outline);
    await page.route('**/*', (route) =>
      route.request().url() === url
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
        : route.abort(),
    );
    await page.goto(url);
    await injectModel(page);
    const clientId = outline.expectedClientId ? fakeValueOf(outline.expectedClientId) : null;
    const reading = await page.evaluate((clientId) => {
      // biome-ignore lint/suspicious/noExplicitAny: the injected bundle
      const model = (window as any).__model;
      const today = new Date();
      const locale = document.documentElement.lang;
      const consolePage = model.amazon.readConsolePage(document, { today, locale });
      const match = clientId ? model.vendorAuto.findInstanceByClientId(clientId) : null;
      const form = clientId ? model.vendorAuto.findEditForm(clientId, null) : null;
      return {
        console: {
          layout: consolePage.layout,
          addAppClient: consolePage.addAppClient,
          banner: consolePage.banner?.deadline ?? null,
          // biome-ignore lint/suspicious/noExplicitAny: page-side shape
          apps: consolePage.apps.map((app: any) => ({
            name: app.name,
            alert: app.alert,
            deadline: app.deadline,
          })),
        },
        vendorAuto: clientId
          ? {
              instance: match && {
                kind: match.kind,
                matchedBy: match.matchedBy,
                count: match.count,
                instancesSeen: match.instancesSeen,
                editControl: match.editControl?.outerHTML.slice(0, 200),
              },
              editForm: form && {
                secretField: form.secretField?.outerHTML.slice(0, 200) ?? null,
                secretPencil: form.secretPencil?.outerHTML.slice(0, 200) ?? null,
              },
            }
          : 'no Client ID in the outline (expectedClientId)',
        expectedElement:
          document.querySelector('[data-outline-expected]')?.outerHTML.slice(0, 200) ?? null,
      };
    }, clientId);
    console.log(JSON.stringify({ url, lookedFor: clientId, ...reading }, null, 2));
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
