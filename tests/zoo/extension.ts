/** The production build in Chromium, one browser for the whole run, and the extension's storage. */
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../support/browser';
import { EXTENSION_DIR } from '../support/extension';
import { seedCapture as seedCaptureIn } from '../support/seed-capture';

export type Extension = { context: BrowserContext; worker: () => Promise<Worker>; id: string };
type Area = 'local' | 'session' | 'sync';
type StorageArea = {
  get(k: null): Promise<Record<string, unknown>>;
  set(o: object): Promise<void>;
  clear(): Promise<void>;
};
type Chrome = { chrome: { storage: Record<Area, StorageArea> } };

// A long run can use a copy of the build, so rebuilding meanwhile does not change it mid-run.
const BUILD = process.env.ZOO_EXTENSION_DIR ?? EXTENSION_DIR;

export async function launch(): Promise<Extension> {
  const context = await chromium.launchPersistentContext('', {
    headless: true,
    executablePath: chromiumPath(),
    viewport: { width: 1280, height: 860 },
    args: [`--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`, ...CHROMIUM_ARGS],
  });
  // A user's Copy and paste: the console's Copy writes the clipboard, the popup's field reads it.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const worker = async () =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, id: new URL((await worker()).url()).host };
}

export async function readStorage(ext: Extension, area: Area): Promise<Record<string, unknown>> {
  return (await ext.worker()).evaluate(
    (name) => (globalThis as unknown as Chrome).chrome.storage[name as Area].get(null),
    area,
  );
}

export async function clearStorage(ext: Extension): Promise<void> {
  await (await ext.worker()).evaluate(async () => {
    const { chrome } = globalThis as unknown as Chrome;
    await Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear()]);
  });
}

/** A capture as the console script would have reported it, for the fill path when capture failed. */
export async function seedCapture(
  ext: Extension,
  clientId: string,
  secret: string,
  appName: string,
): Promise<void> {
  await seedCaptureIn(await ext.worker(), { clientId, secret, appName });
}
