/**
 * A capture seeded as the console script would have reported it: the rotation record in
 * storage.local and its secret in storage.session, so a test can start on VendorAuto.
 */
import type { Worker } from '@playwright/test';
import type { ChromeGlobal } from './extension';

export type SeededCapture = {
  clientId: string;
  secret: string;
  appName: string;
  /** The console the capture came from, as the popup names it. */
  consoleOrigin?: string;
};

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Seeds `capture` in the extension whose service worker is `worker`; returns its rotation id. */
export async function seedCapture(worker: Worker, capture: SeededCapture): Promise<string> {
  const now = Date.now();
  const facts = {
    consoleOrigin: 'https://sellercentral.amazon.com',
    ...capture,
    now,
    // What the console states after a rotation: 180 days for the new secret, 7 for the old one.
    newDeadline: isoDay(now + 180 * DAY_MS),
    oldSecretStopsOn: isoDay(now + 7 * DAY_MS),
  };
  return worker.evaluate(async ({ clientId, secret, appName, consoleOrigin, now, ...dates }) => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    // A rotation id as the console script makes them: the background accepts only UUIDs.
    const id = crypto.randomUUID();
    await chrome.storage.local.set({
      rotations: {
        [id]: {
          id,
          clientId,
          appName,
          appId: null,
          consoleOrigin,
          status: 'captured',
          capturedAt: now,
          expiresAt: now + 15 * 60_000,
          updatedAt: now,
          tabId: null,
          problem: null,
          newDeadline: dates.newDeadline,
          newDeadlineEstimated: true,
          oldSecretStopsOn: dates.oldSecretStopsOn,
          completedAt: null,
        },
      },
    });
    await chrome.storage.session.set({ secrets: { [id]: { rotationId: id, clientId, secret } } });
    return id;
  }, facts);
}
