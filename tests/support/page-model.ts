/**
 * The page models (and other extension modules) bundled for a plain page, so tests can run them
 * in Chromium against the simulated sites exactly as the content scripts would read them.
 */

import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';

const bundles = new Map<string, Promise<string>>();

/**
 * `entry` (TypeScript importing from the repository root, e.g. `./utils/...`) bundled into one
 * script a page can run; built once per entry.
 */
export function bundleForPage(entry: string): Promise<string> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = build({
      stdin: { contents: entry, resolveDir: resolve(import.meta.dirname, '../..'), loader: 'ts' },
      bundle: true,
      format: 'iife',
      write: false,
      target: 'chrome120',
    }).then((result) => result.outputFiles[0]?.text ?? '');
    bundles.set(entry, bundle);
  }
  return bundle;
}

const MODEL_ENTRY = `
  import * as amazon from './utils/sites/amazon-console/index.ts';
  import * as vendorAuto from './utils/sites/vendorauto/index.ts';
  import { fillField } from './utils/content/dom/fill.ts';
  window.__model = { amazon, vendorAuto, fillField };`;

/** Adds `window.__model` to the page (main world). */
export async function injectModel(page: Page): Promise<void> {
  await page.addScriptTag({ content: await bundleForPage(MODEL_ENTRY) });
}
