/**
 * The Firefox build (.output/firefox-mv3) in Firefox, driven by puppeteer-core over WebDriver
 * BiDi (Playwright cannot drive a stock Firefox). The simulated sites are served at their real
 * URLs like tests/support/sites.ts does; every other request is aborted.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { FIXTURES_DIR } from '../../support/sites';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv3');
const ADDON_ID = 'lwa-secret-rotator@vendorauto-tools';
/** Pinned through a pref so the popup's moz-extension:// address is known before install. */
const ADDON_UUID = '5f0c2d7e-3b1a-4c8e-9d62-7a4e1b0c9f35';

const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? FIREFOX_CANDIDATES.find((p) => existsSync(p));
  if (!path || !existsSync(path)) {
    throw new Error(
      'No Firefox found for the Firefox suite. Install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH to a Firefox 142+ binary.',
    );
  }
  return path;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Just the BiDi commands the suite sends itself (puppeteer has no API for them). */
type BidiConnection = {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
};
type BidiResult = {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text: string };
};

export type Box = { x: number; y: number; width: number; height: number };
export type OverlayState = { card: string; ring: Box | null };

export class FirefoxWithExtension {
  private readonly sites = new Map<string, string>();

  private constructor(readonly browser: Browser) {}

  static async launch(): Promise<FirefoxWithExtension> {
    if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox`);
    }
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      // Lets BiDi navigate a tab to moz-extension:// (the popup).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      },
    });
    try {
      await browser.installExtension(FIREFOX_EXTENSION_DIR);
    } catch (error) {
      await browser.close();
      throw error;
    }
    return new FirefoxWithExtension(browser);
  }

  private get bidi(): BidiConnection {
    return (this.browser as unknown as { connection: BidiConnection }).connection;
  }

  private static contextOf(page: Page): string {
    return (page.mainFrame() as unknown as { _id: string })._id;
  }

  /** Serves `fixture` (a path under tests/fixtures) at `url` and opens it in a new tab. */
  async openSite(url: string, fixture: string): Promise<Page> {
    const parsed = new URL(url);
    this.sites.set(`${parsed.origin}${parsed.pathname}`, fixture);
    const page = await this.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => void this.answer(request));
    await page.goto(url);
    return page;
  }

  private async answer(request: HTTPRequest): Promise<void> {
    const url = new URL(request.url());
    if (url.protocol === 'moz-extension:' || url.protocol === 'data:') return request.continue();
    let file: string | null = null;
    if (url.pathname.startsWith('/__fixtures__/')) {
      file = join(FIXTURES_DIR, url.pathname.slice('/__fixtures__/'.length));
    } else if (request.isNavigationRequest()) {
      const fixture = this.sites.get(`${url.origin}${url.pathname}`);
      if (fixture) file = join(FIXTURES_DIR, fixture);
    }
    if (!file?.startsWith(FIXTURES_DIR)) return request.abort();
    try {
      const body = await readFile(file);
      await request.respond({ status: 200, contentType: TYPES[extname(file)], body });
    } catch {
      await request.respond({ status: 404, body: 'fixture not found' });
    }
  }

  /** The popup, as a tab (the same document the toolbar button shows). */
  async openPopup(): Promise<Page> {
    const page = await this.browser.newPage();
    await page.setViewport({ width: 400, height: 600 });
    // page.goto() to moz-extension:// never resolves over BiDi; a raw navigate does.
    await this.bidi.send('browsingContext.navigate', {
      context: FirefoxWithExtension.contextOf(page),
      url: `moz-extension://${ADDON_UUID}/popup.html`,
      wait: 'complete',
    });
    return page;
  }

  /** Reads the on-page card and ring inside the extension's CLOSED shadow root. */
  async readOverlay(page: Page): Promise<OverlayState> {
    const context = FirefoxWithExtension.contextOf(page);
    const { result: host } = await this.bidi.send('script.evaluate', {
      expression: 'document.querySelector("lwa-rotator-overlay")',
      target: { context },
      awaitPromise: false,
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    });
    const shadowRoot = (host.result?.value as { shadowRoot?: { sharedId?: string } } | undefined)
      ?.shadowRoot?.sharedId;
    if (!shadowRoot) return { card: '', ring: null };
    const { result } = await this.bidi.send('script.callFunction', {
      functionDeclaration: `function () {
        const ring = this.querySelector('.ring');
        const box = ring && !ring.hidden ? ring.getBoundingClientRect() : null;
        return JSON.stringify({
          card: this.querySelector('.slot')?.innerText ?? '',
          ring: box && box.width > 0 ? { x: box.x, y: box.y, width: box.width, height: box.height } : null,
        });
      }`,
      this: { sharedId: shadowRoot },
      target: { context },
      awaitPromise: false,
    });
    if (result.type !== 'success') throw new Error(result.exceptionDetails?.text);
    return JSON.parse(String(result.result?.value)) as OverlayState;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
