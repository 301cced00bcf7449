/**
 * The page models (and other extension modules) bundled for a plain page, so tests can run them
 * in Chromium against the simulated sites exactly as the content scripts would read them.
 */

import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { build, type Plugin } from 'esbuild';

const bundles = new Map<string, Promise<string>>();
const root = resolve(import.meta.dirname, '../..');

/**
 * A plain page has no `browser.i18n`: the models' messages come from the real English catalog,
 * as the unit tests' do (tests/unit/support/i18n.ts), without touching the page's globals.
 */
const englishMessages: Plugin = {
  name: 'english-messages',
  setup(builder) {
    builder.onResolve({ filter: /^@wxt-dev\/browser$/ }, () => ({
      path: 'browser',
      namespace: 'english-messages',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'english-messages' }, async () => {
      const catalog = generateChromeMessages(
        await parseMessagesFile(resolve(root, 'locales/en.yml')),
      );
      return {
        loader: 'js',
        contents: `const catalog = ${JSON.stringify(catalog)};
          export const browser = { i18n: { getMessage: (key, subs = []) =>
            (catalog[key]?.message ?? '').replace(/\\$(\\$|\\d)/g, (_, what) =>
              what === '$' ? '$' : ([].concat(subs)[Number(what) - 1] ?? '')) } };`,
      };
    });
  },
};

/**
 * `entry` (TypeScript importing from the repository root, e.g. `./utils/...`) bundled into one
 * script a page can run; built once per entry.
 */
export function bundleForPage(entry: string): Promise<string> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = build({
      stdin: { contents: entry, resolveDir: root, loader: 'ts' },
      plugins: [englishMessages],
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
