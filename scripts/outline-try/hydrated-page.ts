/**
 * The core of `npm run outline:try`: an outline re-hydrated with fake values, served at its
 * site's address in a page (no network) with the page models injected, and what they read
 * there. The zoo's outline test runs the same code on the original page and on the copy.
 */
import type { Page } from '@playwright/test';
import { injectModel } from '../../tests/support/page-model';
import { URLS } from '../../tests/support/sites';
import { fakeValueOf, hydrateOutline } from '../../utils/content/outline/hydrate';
import type { PageOutline } from '../../utils/core/outline-types';

export function asOutline(value: unknown): PageOutline {
  const outline = value as PageOutline;
  if (outline?.outline !== 1 || typeof outline.root?.tag !== 'string')
    throw new Error('Not a page outline (expected {"outline": 1, "root": {...}}).');
  return outline;
}

/** The real address of the outline's site, so host-based logic sees what the user's browser saw. */
export function addressOf(outline: PageOutline): string {
  if (outline.site === 'amazon-console') return URLS.sellerCentralUs;
  const path = fakeValueOf(outline.path || '/instances').replace(/[^\w/.-]/g, '');
  return `https://app.vendorauto.com${path.startsWith('/') ? path : '/instances'}`;
}

/** The fake Client ID the re-hydrated page carries for the one the extension looked for. */
export const lookedForIn = (outline: PageOutline): string | null =>
  outline.expectedClientId ? fakeValueOf(outline.expectedClientId) : null;

/** Shows the re-hydrated `html` (default: of `outline`) in `page` and injects the page models. */
export async function openHydrated(
  page: Page,
  outline: PageOutline,
  html = hydrateOutline(outline),
): Promise<string> {
  const url = addressOf(outline);
  await page.route('**/*', (route) =>
    route.request().url() === url
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.goto(url);
  await injectModel(page);
  return url;
}

/** Markup of a found element, cut short: enough for a maintainer to see which one it was. */
type Markup = string | null;

export type ModelReading = {
  console: {
    layout: string;
    addAppClient: string;
    banner: { withinDays?: number } | null;
    apps: {
      name: string | null;
      appId: string | null;
      clientId: string | null;
      alert: boolean;
      deadline: { daysLeft?: number; expired?: boolean } | null;
    }[];
  };
  vendorAuto:
    | {
        instance: {
          kind: string;
          matchedBy?: string;
          count?: number;
          instancesSeen?: number;
          editControl?: Markup;
        };
        editForm: { secretField: Markup; secretPencil: Markup } | null;
      }
    | 'no Client ID in the outline (expectedClientId)';
  expectedElement: Markup;
};

/**
 * What the page models read on `page` (which must have them injected): the console's apps and
 * deadlines, and on VendorAuto the instance and edit form for `clientId`.
 */
export function readWithModels(page: Page, clientId: string | null): Promise<ModelReading> {
  return page.evaluate((clientId) => {
    // biome-ignore lint/suspicious/noExplicitAny: the injected bundle
    const model = (window as any).__model;
    const markup = (element: Element | null | undefined) =>
      element ? element.outerHTML.slice(0, 200) : null;
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
          name: app.name ?? null,
          appId: app.appId ?? null,
          clientId: app.clientId ?? null,
          alert: app.alert,
          deadline: app.deadline ?? null,
        })),
      },
      vendorAuto: clientId
        ? {
            instance: {
              kind: match.kind,
              matchedBy: match.matchedBy,
              count: match.count,
              instancesSeen: match.instancesSeen,
              editControl: markup(match.editControl),
            },
            editForm: form && {
              secretField: markup(form.secretField),
              secretPencil: markup(form.secretPencil),
            },
          }
        : 'no Client ID in the outline (expectedClientId)',
      expectedElement: markup(document.querySelector('[data-outline-expected]')),
    };
  }, clientId);
}
