/**
 * Serves generated pages from memory at their real URLs (client-side sub-routes included),
 * the page runtimes bundled once with esbuild, and aborts every other request.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { buildSync } from 'esbuild';
import { LANGUAGES } from './axes';
import type { ConsoleLayout, VendorAutoLayout } from './types';

const HERE = import.meta.dirname;
const KATAL = readFileSync(resolve(HERE, '../fixtures/amazon/katal.js'), 'utf8');

function bundle(entry: string): string {
  const result = buildSync({
    entryPoints: [resolve(HERE, entry)],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0]?.text ?? '';
}

export type Zoo = { show(consoleLayout: ConsoleLayout, vendorAuto: VendorAutoLayout): void };

const script = (json: unknown) => JSON.stringify(json).replace(/</g, '\\u003c');

function page(
  title: string,
  lang: string,
  config: unknown,
  scripts: string[],
  salt: number,
): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>
<script type="application/json" id="zoo-config">${script(config)}</script>
<script>window.__zooSalt=${salt}</script>
${scripts.map((src) => `<script src="${src}"></script>`).join('\n')}
</body></html>`;
}

export async function installZoo(context: BrowserContext): Promise<Zoo> {
  const assets: Record<string, string> = {
    '/__zoo__/katal.js': KATAL,
    '/__zoo__/console.js': bundle('page/console.ts'),
    '/__zoo__/vendorauto.js': bundle('page/vendorauto.ts'),
  };
  const pages = new Map<string, string>(); // origin + path prefix -> html
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:') return route.continue();
    const asset = assets[url.pathname];
    if (asset !== undefined)
      return route.fulfill({ status: 200, body: asset, contentType: 'text/javascript' });
    if (request.resourceType() === 'document') {
      for (const [prefix, html] of pages) {
        if (`${url.origin}${url.pathname}`.startsWith(prefix))
          return route.fulfill({
            status: 200,
            body: html,
            contentType: 'text/html; charset=utf-8',
          });
      }
    }
    return route.abort('blockedbyclient');
  });
  return {
    show(consoleLayout, vendorAuto) {
      pages.clear();
      const katal = consoleLayout.axes.kit?.startsWith('katal');
      const lang = LANGUAGES[consoleLayout.axes.lang ?? 'en']?.lang ?? 'en';
      const salt = Number.parseInt(consoleLayout.id.slice(-3), 10);
      pages.set(
        consoleLayout.url,
        page(
          'Developer Central',
          lang,
          consoleLayout,
          [...(katal ? ['/__zoo__/katal.js'] : []), '/__zoo__/console.js'],
          salt,
        ),
      );
      pages.set(
        vendorAuto.url,
        page('Instances · VendorAuto', 'en', vendorAuto, ['/__zoo__/vendorauto.js'], salt),
      );
    },
  };
}
