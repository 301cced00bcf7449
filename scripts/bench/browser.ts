/**
 * The two browsers every timed measurement compares: Chromium with the production build loaded
 * exactly as the e2e tests load it, and the same Chromium, same flags, without it. Generated pages
 * are served at the real URLs by route interception; every other request is aborted.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, launchWithExtension } from '../../tests/support/browser';
import { FIXTURES_DIR } from '../../tests/support/sites';
import { BENCH_ASSETS_DIR } from './pages';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const VIEWPORT = { width: 1280, height: 860 };

/** URL (origin + path) -> HTML to answer it with. */
export type Pages = Map<string, string>;

export type Side = { context: BrowserContext; pages: Pages; extension: boolean };

async function serve(context: BrowserContext): Promise<Pages> {
  const pages: Pages = new Map();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:') return route.continue();
    const asset = (dir: string, prefix: string) => {
      const file = join(dir, url.pathname.slice(prefix.length));
      return file.startsWith(dir) ? file : null;
    };
    const file = url.pathname.startsWith('/__fixtures__/')
      ? asset(FIXTURES_DIR, '/__fixtures__/')
      : url.pathname.startsWith('/__bench__/')
        ? asset(BENCH_ASSETS_DIR, '/__bench__/')
        : null;
    if (file) {
      const body = await readFile(file).catch(() => null);
      if (!body) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ body, contentType: 'text/javascript; charset=utf-8' });
    }
    const html = pages.get(`${url.origin}${url.pathname}`);
    if (html && route.request().resourceType() === 'document')
      return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    return route.abort('blockedbyclient');
  });
  return pages;
}

export async function launchSide(extension: boolean): Promise<Side> {
  const context = extension
    ? await launchWithExtension(EXTENSION_DIR, { headless: true, viewport: VIEWPORT })
    : await chromium.launchPersistentContext('', {
        headless: true,
        viewport: VIEWPORT,
        executablePath: chromiumPath(),
        ignoreDefaultArgs: ['--disable-extensions'],
        args: ['--enable-unsafe-extension-debugging', ...CHROMIUM_ARGS],
      });
  return { context, pages: await serve(context), extension };
}

export async function openPage(side: Side, url: string, html: string): Promise<Page> {
  side.pages.set(url.replace(/[?#].*$/, ''), html);
  const page = await side.context.newPage();
  await page.goto(url);
  return page;
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export const URLS = {
  console: 'https://sellercentral.amazon.com/sellingpartner/developerconsole',
  instances: 'https://app.vendorauto.com/instances',
} as const;
