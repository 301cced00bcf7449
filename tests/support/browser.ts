/**
 * Which Chromium-family browser the demo and the tests drive, and how the extension gets into it.
 * Order: CHROMIUM_PATH, Playwright's own download, then where Chromium, Chrome and Edge usually
 * live on Linux, macOS and Windows.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function windowsCandidates(): string[] {
  const roots = [
    process.env.PROGRAMFILES,
    process.env['PROGRAMFILES(X86)'],
    process.env.LOCALAPPDATA,
  ].filter((root): root is string => Boolean(root));
  const apps = [
    ['Chromium', 'Application', 'chrome.exe'],
    ['Google', 'Chrome', 'Application', 'chrome.exe'],
    ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
  ];
  return roots.flatMap((root) => apps.map((parts) => join(root, ...parts)));
}

function macCandidates(): string[] {
  const apps = [
    'Chromium.app/Contents/MacOS/Chromium',
    'Google Chrome.app/Contents/MacOS/Google Chrome',
    'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ];
  return ['/Applications', join(homedir(), 'Applications')].flatMap((root) =>
    apps.map((app) => join(root, app)),
  );
}

const LINUX_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/opt/microsoft/msedge/msedge',
];

function installedCandidates(): string[] {
  if (process.platform === 'win32') return windowsCandidates();
  if (process.platform === 'darwin') return macCandidates();
  return LINUX_CANDIDATES;
}

function playwrightDownload(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/** The first browser found, or null. CHROMIUM_PATH wins and is never second-guessed. */
export function findChromium(): string | null {
  const override = process.env.CHROMIUM_PATH;
  if (override) return override;
  const candidates = [playwrightDownload(), ...installedCandidates()];
  return candidates.find((path): path is string => Boolean(path && existsSync(path))) ?? null;
}

export const NO_BROWSER_HELP = `No Chromium, Chrome or Edge found. Any one of these works:
  - install Google Chrome, Microsoft Edge or Chromium (Debian/Ubuntu: apt-get install -y chromium)
  - npx playwright install chromium
  - set CHROMIUM_PATH to a Chromium, Chrome or Edge binary`;

export function chromiumPath(): string {
  const path = findChromium();
  if (!path) throw new Error(NO_BROWSER_HELP);
  if (!existsSync(path)) throw new Error(`CHROMIUM_PATH is ${path}, which does not exist.`);
  return path;
}

/** "de" → "de_DE": the POSIX locale name Linux programs read from LANG. */
function localeOf(language: string): string {
  const [lang = language, region] = language.split(/[-_]/);
  return `${lang}_${(region ?? (lang === 'ja' ? 'JP' : lang === 'en' ? 'US' : lang)).toUpperCase()}`;
}

/**
 * A fresh profile with the unpacked extension at `extensionDir` loaded and its service worker up.
 * Loaded through the DevTools protocol (`Extensions.loadUnpacked`), not `--load-extension`:
 * Chrome and Edge 137+ ignore that flag; only Chromium builds still honour it.
 */
export async function launchWithExtension(
  extensionDir: string,
  options: { headless: boolean; viewport: { width: number; height: number } },
  /** The browser's interface language ("de"), which chrome.i18n answers in; else the machine's. */
  uiLanguage?: string,
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    ...options,
    executablePath: chromiumPath(),
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--enable-unsafe-extension-debugging',
      ...CHROMIUM_ARGS,
      ...(uiLanguage ? [`--lang=${uiLanguage}`] : []),
    ],
    // Chromium on Linux takes its interface language from --lang and the environment (and needs
    // that language's .pak: Debian's chromium-l10n). Playwright's own locale emulation would
    // otherwise tell every page en-US, chrome.i18n in pages included.
    ...(uiLanguage
      ? {
          locale: uiLanguage,
          env: { ...process.env, LANGUAGE: uiLanguage, LANG: `${localeOf(uiLanguage)}.UTF-8` },
        }
      : {}),
  });
  try {
    const browser = context.browser();
    if (!browser) throw new Error('Playwright gave no browser handle to load the extension with');
    const session = await browser.newBrowserCDPSession();
    await session.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never);
    await session.detach();
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    return context;
  } catch (error) {
    await context.close();
    throw new Error(`Could not load the extension from ${extensionDir}: ${String(error)}`);
  }
}
