/**
 * The hostile-page harness: serves the pages under tests/security/pages (or a simulated site with
 * hostile scripts slipped in before its own), records what a page could have read, and does the
 * user's popup actions in ONE place, so that a change of the popup's wording or layout is
 * adapted here and not in every spec.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Page, Route, Worker } from '@playwright/test';
import { test as base, type ChromeGlobal, expect } from '../support/extension';
import { rotateInConsole } from '../support/flows';
import { FIXTURES_DIR, URLS } from '../support/sites';

export { expect };

const PAGES_DIR = resolve(import.meta.dirname, 'pages');
const SECURITY_PATH = '/__security__/';

/** What the popup says; the one place to adapt when the lead settles the wording. */
export const POPUP_SAYS = {
  fill: 'Fill in VendorAuto',
  /** "Trust app.vendorauto.com": the host whole, so vendorauto.com does not match app.vendorauto.com. */
  trust: (host: string) =>
    new RegExp(`^Trust\\b.*(?<![\\w.-])${host.replaceAll('.', '\\.')}(?![\\w.-])`),
  /** Why a fill on an untrusted origin was refused. */
  untrusted: /trust/i,
  /** Why a rotation the console reported as failed gave nothing to fill. */
  rotationFailed:
    /rotation failed|did not rotate|was not rotated|not rotated|could not rotate|couldn.t rotate/i,
  /** A capture whose new rotation date the page did not show. */
  unverified: /unverified|could not confirm/i,
  done: 'Done — VendorAuto says it saved the new secret',
};

/** Anything shaped like an LWA secret, current (prefixed) or legacy (64 bare hex). */
export const SECRET_SHAPES = [/[0-9a-f]{64}/i, /amzn1\.oa2-cs\.v1\./i];
export const looksLikeSecret = (text: string) => SECRET_SHAPES.some((shape) => shape.test(text));

/** A simulated site with hostile scripts run before its own, or a page of our own. */
export type HostilePage =
  | { page: string }
  | { fixture: string; inject: string[]; swapScripts?: Record<string, string> };

type SecurityFixtures = {
  openHostile: (url: string, hostile: HostilePage) => Promise<Page>;
};

export const test = base.extend<SecurityFixtures>({
  // Every attack starts from a fresh install: no VendorAuto origin trusted yet.
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
  trustedVendorAuto: async ({}, use) => use([]),
  // Registered after the simulated sites' catch-all, so Playwright asks this route first.
  sites: async ({ sites, context }, use) => {
    await context.route(
      (url) => url.pathname.startsWith(SECURITY_PATH),
      (route) => serveSecurityFile(route),
    );
    await use(sites);
  },
  openHostile: async ({ context, sites, serviceWorker }, use) => {
    void sites;
    void serviceWorker; // the extension must be up before any page
    await use(async (url, hostile) => {
      const key = pageKey(url);
      await context.route(
        (candidate) => pageKey(candidate.href) === key,
        async (route) => {
          if (route.request().resourceType() !== 'document') return route.fallback();
          await route.fulfill({
            status: 200,
            body: await hostileHtml(hostile),
            headers: { 'content-type': 'text/html; charset=utf-8' },
          });
        },
      );
      const page = await context.newPage();
      await page.goto(url);
      return page;
    });
  },
});

function pageKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

async function hostileHtml(hostile: HostilePage): Promise<string> {
  if ('page' in hostile) return readFile(join(PAGES_DIR, hostile.page), 'utf8');
  let html = await readFile(join(FIXTURES_DIR, hostile.fixture), 'utf8');
  for (const [from, to] of Object.entries(hostile.swapScripts ?? {})) {
    if (!html.includes(from)) throw new Error(`${hostile.fixture} has no ${from} to swap`);
    html = html.replace(from, to);
  }
  const tags = hostile.inject.map((file) => `<script src="${SECURITY_PATH}${file}"></script>`);
  return html.replace(/<head[^>]*>/i, (head) => `${head}${tags.join('')}`);
}

async function serveSecurityFile(route: Route): Promise<void> {
  const name = new URL(route.request().url()).pathname.slice(SECURITY_PATH.length);
  const file = join(PAGES_DIR, name);
  if (!file.startsWith(PAGES_DIR)) return route.abort();
  const body =
    name === 'console-app.js' ? await consoleAppWithHostileRotation() : await readFile(file);
  const type = extname(file) === '.js' ? 'text/javascript' : 'text/html';
  await route.fulfill({ status: 200, body, headers: { 'content-type': `${type}; charset=utf-8` } });
}

/**
 * The simulated console with one hook: `window.__hostileRotate` set to 'error' makes the confirm
 * fail ("Something went wrong", the old secret stays), 'same-date' rotates without a new target
 * date. Patched on the fly so the console's ordinary behaviour stays the simulated sites' own.
 */
async function consoleAppWithHostileRotation(): Promise<string> {
  const source = await readFile(join(FIXTURES_DIR, 'amazon/console-app.js'), 'utf8');
  const patches: [string, string][] = [
    [
      'const app = findApp(appId);\n        const oldSecret = app.secret;',
      `const app = findApp(appId);
        if (window.__hostileRotate === 'error') {
          state.warning = null;
          removeWarningView();
          if (state.open) { state.open.failed = true; state.open.revealed = false; fillCredentialsBody(); }
          return;
        }
        const previousDeadline = app.deadline;
        const oldSecret = app.secret;`,
    ],
    [
      'app.alert = false;\n        fixture.rotations.push',
      `app.alert = false;
        if (window.__hostileRotate === 'same-date') { app.deadline = previousDeadline; app.alert = true; }
        fixture.rotations.push`,
    ],
    [
      '    if (open.notice)\n',
      `    if (open.failed)
      nodes.push(W.alert({ variant: 'danger', header: 'Something went wrong', description: 'Your client secret was not rotated. Try again later.' }));
    if (open.notice)\n`,
    ],
  ];
  let patched = source;
  for (const [anchor, replacement] of patches) {
    if (!patched.includes(anchor)) throw new Error(`console-app.js changed: no "${anchor}"`);
    patched = patched.replace(anchor, replacement);
  }
  return patched;
}

// ------------------------------------------------------------------------------------------
// The user's actions in the popup.
// ------------------------------------------------------------------------------------------

/** Confirms a VendorAuto origin once, in the popup, as the user does. */
export async function trustOrigin(popup: Page, host: string): Promise<void> {
  await popup
    .getByRole('button', { name: POPUP_SAYS.trust(host) })
    .first()
    .click({ timeout: 5000 });
}

/** Picks the VendorAuto tab on `origin` in the popup's tab chooser (options name each tab's origin). */
export async function chooseTab(popup: Page, origin: string): Promise<void> {
  const chooser = popup.getByRole('combobox').first();
  const options = await chooser
    .locator('option')
    .evaluateAll((list) =>
      list.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })),
    );
  const host = new URL(origin).host;
  const option = options.find((o) => o.value && o.text.includes(host));
  if (!option)
    throw new Error(`the popup's tab chooser names no tab on ${host}: ${JSON.stringify(options)}`);
  await chooser.selectOption(option.value);
}

/**
 * Clicks "Fill in VendorAuto" (choosing the tab on `origin` first when the popup offers a
 * choice). A button that stays disabled cannot be clicked by the user: 'disabled' is returned.
 */
export async function fillFromPopup(
  popup: Page,
  { origin }: { origin?: string } = {},
): Promise<'clicked' | 'disabled'> {
  if (origin && (await popup.getByRole('combobox').count()) > 0) await chooseTab(popup, origin);
  const button = popup.getByRole('button', { name: POPUP_SAYS.fill }).first();
  await expect(button).toBeVisible();
  const enabled = await expect
    .poll(() => button.isEnabled(), { timeout: 3000 })
    .toBe(true)
    .then(
      () => true,
      () => false,
    );
  if (!enabled) return 'disabled';
  await button.click();
  return 'clicked';
}

// ------------------------------------------------------------------------------------------
// Setting the scene and reading the outcome.
// ------------------------------------------------------------------------------------------

export const NORTHWIND = 'Northwind Inventory Sync';

/** A real capture on the simulated Seller Central: returns the new secret and its Client ID. */
export async function captureNewSecret(
  openSite: (url: string, fixture: string) => Promise<Page>,
  readStorage: (area: 'session') => Promise<Record<string, unknown>>,
): Promise<{ clientId: string; secret: string; console: Page }> {
  const console = await openSite(URLS.sellerCentralUs, 'amazon/seller-central-us.html');
  const rotation = await rotateInConsole(console, NORTHWIND);
  await expect
    .poll(async () => JSON.stringify((await readStorage('session')).secrets ?? {}))
    .toContain(rotation.newSecret);
  return { clientId: rotation.clientId, secret: rotation.newSecret, console };
}

/** The Instances page of the trusted origin, with the value recorder. */
export const TRUSTED_INSTANCES: HostilePage = {
  fixture: 'vendorauto/instances-table.html',
  inject: ['recorder.js'],
};

/** Every value any field of the page ever held (pages/recorder.js). */
export function valuesSeen(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __hostile: { values(): string[] } }).__hostile.values(),
  );
}

/** The page never held a secret-shaped value in any field, and `secret` is nowhere in it. */
export async function expectNoSecretInPage(page: Page, secret?: string): Promise<void> {
  const held = (await valuesSeen(page)).filter(looksLikeSecret).length;
  expect(held, 'secret-shaped values a field of the page held').toBe(0);
  if (!secret) return;
  const exposed = await page.evaluate(
    (needle) => document.documentElement.outerHTML.includes(needle),
    secret,
  );
  expect(exposed).toBe(false);
}

/** Wraps chrome.notifications.create in the service worker to record every notification. */
export async function spyOnNotifications(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as {
      __notified: string[];
      chrome: { notifications: { create: (...args: unknown[]) => unknown } };
      browser?: { notifications?: { create: (...args: unknown[]) => unknown } };
    };
    scope.__notified = [];
    for (const api of [scope.chrome.notifications, scope.browser?.notifications]) {
      if (!api) continue;
      const original = api.create.bind(api);
      api.create = (...args: unknown[]) => {
        scope.__notified.push(JSON.stringify(args));
        return original(...args);
      };
    }
  });
}

export function notificationsSeen(worker: Worker): Promise<string[]> {
  return worker.evaluate(
    () => (globalThis as unknown as { __notified?: string[] }).__notified ?? [],
  );
}

/** No storage area but `session`, and no notification, holds anything shaped like a secret. */
export async function expectSecretsOnlyInSession(
  readStorage: (area: 'local' | 'sync') => Promise<Record<string, unknown>>,
  worker: Worker,
): Promise<void> {
  for (const area of ['local', 'sync'] as const) {
    const values = Object.entries(await readStorage(area)).map(
      ([key, value]) => `${key}: ${JSON.stringify(value)}`,
    );
    const leaks = values.filter(looksLikeSecret).map((entry) => entry.split(':')[0]);
    expect(leaks, `storage.${area} keys holding a secret-shaped value`).toEqual([]);
  }
  const notified = (await notificationsSeen(worker)).filter(looksLikeSecret).length;
  expect(notified, 'notifications carrying a secret-shaped value').toBe(0);
}

type RotationRecord = { status: string; clientId: string; capturedAt: number; expiresAt: number };
type AppRecord = { clientId: string | null; rotatedAt?: number | null };

export async function rotationsOf(
  readStorage: (area: 'local') => Promise<Record<string, unknown>>,
  clientId: string,
): Promise<RotationRecord[]> {
  const rotations = ((await readStorage('local')).rotations ?? {}) as Record<
    string,
    RotationRecord
  >;
  return Object.values(rotations).filter((r) => r.clientId === clientId);
}

export async function appsWith(
  readStorage: (area: 'local') => Promise<Record<string, unknown>>,
  clientId: string,
): Promise<AppRecord[]> {
  const apps = ((await readStorage('local')).apps ?? {}) as Record<string, AppRecord>;
  return Object.values(apps).filter((a) => a.clientId === clientId);
}

export async function setSettings(worker: Worker, changes: Record<string, unknown>) {
  await worker.evaluate(async (patch) => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    const { settings } = (await chrome.storage.local.get(null)) as { settings?: object };
    await chrome.storage.local.set({ settings: { ...settings, ...patch } });
  }, changes);
}

/** Long enough for the extension to have acted (fill, outcome watcher, capture) if it was going to. */
export const SETTLE_MS = 2500;
