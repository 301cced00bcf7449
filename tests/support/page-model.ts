/**
 * The page models bundled for a plain page, so model tests can run them in Chromium against
 * the simulated sites exactly as the content scripts would read them.
 */

import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';

let bundle: Promise<string> | null = null;

function modelBundle(): Promise<string> {
  bundle ??= build({
    stdin: {
      contents: `
        import * as amazon from './utils/sites/amazon-console/index.ts';
        import * as vendorAuto from './utils/sites/vendorauto/index.ts';
        import { fillField } from './utils/content/dom/fill.ts';
        window.__model = { amazon, vendorAuto, fillField };`,
      resolveDir: resolve(import.meta.dirname, '../..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundle;
}

/** Adds `window.__model` to the page (main world). */
export async function injectModel(page: Page): Promise<void> {
  await page.addScriptTag({ content: await modelBundle() });
}
