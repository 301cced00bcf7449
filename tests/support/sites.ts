/**
 * The simulated sites, served at their real URLs through route interception. Every other
 * request is aborted, so no test touches the network.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const URLS = {
  sellerCentralUs: 'https://sellercentral.amazon.com/sellingpartner/developerconsole',
  sellerCentralDe: 'https://sellercentral.amazon.de/sellingpartner/developerconsole',
  vendorCentral: 'https://vendorcentral.amazon.com/sellingpartner/developerconsole',
  vendorAutoInstances: 'https://app.vendorauto.com/instances',
  vendorAutoApp: 'https://vendorauto.com/app/instances',
  vendorAutoDashboard: 'https://app.vendorauto.com/dashboard',
} as const;

export type SiteMap = Map<string, string>;

/** Strips query and hash: a fixture answers its path whatever the query says. */
function pageKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

export async function installSites(context: BrowserContext): Promise<SiteMap> {
  const sites: SiteMap = new Map();
  await context.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:') return route.continue();
    if (url.pathname.startsWith('/__fixtures__/')) {
      const file = join(FIXTURES_DIR, url.pathname.slice('/__fixtures__/'.length));
      if (!file.startsWith(FIXTURES_DIR)) return route.abort();
      return fulfillFile(route, file);
    }
    const fixture = sites.get(pageKey(url.href));
    if (fixture && route.request().resourceType() === 'document')
      return fulfillFile(route, join(FIXTURES_DIR, fixture));
    return route.abort('blockedbyclient');
  });
  return sites;
}

async function fulfillFile(route: Route, file: string): Promise<void> {
  try {
    const body = await readFile(file);
    await route.fulfill({
      status: 200,
      body,
      headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' },
    });
  } catch {
    await route.fulfill({ status: 404, body: 'fixture not found' });
  }
}

export function serve(sites: SiteMap, url: string, fixture: string): void {
  sites.set(pageKey(url), fixture);
}
