/**
 * A 1,000-app console sends a page report after each of the user's clicks; each rewrites the
 * apps record. The new secret captured meanwhile must not wait behind those writes: on a busy
 * machine it waited seconds, while the card still asked the user to show a secret already shown.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordCaptured } from '../../utils/background/capture';
import { markAppRotated, recordConsolePage } from '../../utils/background/console-records';
import type { ConsoleApp } from '../../utils/core/console-app';
import { policyMirrorItem, rotationsItem, secretsItem } from '../../utils/core/storage';

const ORIGIN = 'https://sellercentral.amazon.com';
const CLIENT_ID = 'amzn1.application-oa2-client.0123456789abcdef0123456789abcdef';
const SECRET = 'amzn1.oa2-cs.v1.0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

const SYNC: ConsoleApp = {
  name: 'Sync',
  appId: 'amzn1.sp.solution.1',
  clientId: null,
  alert: true,
  deadline: null,
};

const report = {
  type: 'console/page' as const,
  layout: 'apps' as const,
  apps: [SYNC],
  banner: null,
  addAppClient: 'absent' as const,
};

const captured = (newDeadline: string | null = null) => ({
  type: 'console/captured' as const,
  clientId: CLIENT_ID,
  secret: SECRET,
  app: { name: 'Sync', appId: 'amzn1.sp.solution.1' },
  newDeadline,
});

/** Holds every write of the apps record until released, as a slow disk would. */
function slowAppsWrites(): () => void {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    if ('apps' in items) await released;
    return set(items);
  });
  return release;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('a capture on a busy console', () => {
  it('is held in session storage while page reports are still being written', async () => {
    const release = slowAppsWrites();
    const pageReports = Promise.all([
      recordConsolePage(report, ORIGIN),
      recordConsolePage(report, ORIGIN),
    ]);

    const capture = recordCaptured(captured(), ORIGIN);
    await vi.waitFor(async () => {
      expect(Object.values(await secretsItem.getValue()).map((s) => s.clientId)).toEqual([
        CLIENT_ID,
      ]);
    });

    release();
    await Promise.all([pageReports, capture]);
  });

  it('a saved rotation and a page report do not overwrite each other’s apps', async () => {
    await recordConsolePage(report, ORIGIN);
    const rotation = await recordCaptured(captured('2027-06-01'), ORIGIN);
    const other = { ...SYNC, name: 'Other', appId: 'amzn1.sp.solution.2' };
    await Promise.all([
      markAppRotated(rotation),
      recordConsolePage({ ...report, apps: [other] }, ORIGIN),
    ]);

    const apps = Object.values((await fakeBrowser.storage.local.get('apps')).apps as object);
    expect(apps.map((a) => [a.name, a.rotatedAt !== null])).toEqual([
      ['Sync', true],
      ['Other', false],
    ]);
  });

  // Chromium's storage.managed took 4–11 s to answer after the service worker woke, on a loaded
  // machine: the hand-off's lifetime comes from the policy as last mirrored instead.
  it('is held without waiting for the managed policy, with the mirrored policy’s lifetime', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise(() => {}));
    await policyMirrorItem.setValue({ handoffMinutes: 5 });
    const now = Date.now();

    const rotation = await Promise.race([
      recordCaptured(captured(), ORIGIN, now),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 1000)),
    ]);

    expect(rotation?.expiresAt).toBe(now + 5 * 60_000);
    expect(Object.keys(await rotationsItem.getValue())).toEqual([rotation?.id]);
  });
});
