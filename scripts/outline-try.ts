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
import { hydrateOutline } from '../utils/content/outline/hydrate';
import { findLeaks } from '../utils/core/outline-leaks';
import { asOutline, lookedForIn, openHydrated, readWithModels } from './outline-try/hydrated-page';

function parseArgs(argv: string[]): { file: string; html: string | null } {
  const htmlAt = argv.indexOf('--html');
  const html = htmlAt >= 0 ? (argv[htmlAt + 1] ?? null) : null;
  const file = argv.find((arg, i) => !arg.startsWith('--') && i !== htmlAt + 1);
  if (!file) throw new Error('Usage: npm run outline:try -- outline.json [--html page.html]');
  return { file, html };
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
    const url = await openHydrated(page, outline, html);
    const clientId = lookedForIn(outline);
    const reading = await readWithModels(page, clientId);
    console.log(JSON.stringify({ url, lookedFor: clientId, ...reading }, null, 2));
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
