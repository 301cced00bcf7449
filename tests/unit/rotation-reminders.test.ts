import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onNotificationClicked } from '../../utils/background/notification-clicks';
import { checkReminders, checkRotationRemindersNow } from '../../utils/background/reminders';
import { type Rotation, startRotation, transition } from '../../utils/core/rotation';
import { DEFAULT_SETTINGS, rotationsItem, settingsItem } from '../../utils/core/storage';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CONSOLE = 'https://sellercentral.amazon.com';
// 10:00 local time on 2 March: the old secret of a rotation captured now stops on 9 March.
const CAPTURED = new Date(2026, 2, 2, 10).getTime();

type Shown = { id: string; title: string; message: string };
let shown: Shown[];

function rotation(clientSuffix: string, then: (r: Rotation) => Rotation = (r) => r): Rotation {
  return then(
    startRotation({
      id: `rot-${clientSuffix}`,
      clientId: `amzn1.application-oa2-client.${clientSuffix}`,
      appName: `App ${clientSuffix}`,
      appId: null,
      consoleOrigin: CONSOLE,
      newDeadline: null,
      now: CAPTURED,
      ttlMs: 15 * 60_000,
    }),
  );
}
const applied = (event: Parameters<typeof transition>[1], at: number) => (r: Rotation) => {
  const result = transition(r, event, at);
  if (!result.ok) throw new Error(result.reason);
  return result.rotation;
};

beforeEach(async () => {
  vi.useFakeTimers();
  vi.setSystemTime(CAPTURED);
  fakeBrowser.reset();
  shown = [];
  Object.assign(fakeBrowser, {
    notifications: {
      create: vi.fn(async (id: string, options: { title: string; message: string }) =>
        shown.push({ id, ...options }),
      ),
      clear: vi.fn(async () => true),
    },
  });
  await settingsItem.setValue(DEFAULT_SETTINGS);
});
afterEach(() => vi.useRealTimers());

/** The 6-hourly alarm, run through `days` days of the fake clock. */
async function runAlarmFor(days: number): Promise<void> {
  for (let run = 0; run < days * 4; run++) {
    vi.advanceTimersByTime(6 * HOUR);
    await checkReminders();
  }
}

describe('the old-secret day', () => {
  it('warns once, the day before, about the rotation VendorAuto never saved — not the saved one', async () => {
    await rotationsItem.setValue({
      a: rotation('unsaved', applied({ type: 'expire' }, CAPTURED + 16 * 60_000)),
      b: rotation('saved', (r) =>
        applied(
          { type: 'saved', evidence: 'said' },
          CAPTURED + 60_000,
        )(applied({ type: 'hand-off', tabId: 3 }, CAPTURED + 30_000)(r)),
      ),
      c: rotation('failed', (r) =>
        applied(
          { type: 'failed', reason: 'VendorAuto refused' },
          CAPTURED + 60_000,
        )(applied({ type: 'hand-off', tabId: 3 }, CAPTURED + 30_000)(r)),
      ),
    });
    vi.setSystemTime(CAPTURED + DAY); // the wipe is old news by now
    await runAlarmFor(4); // runs up to 7 March, 10:00
    const oldSecret = () => shown.filter((n) => n.message.includes('old secret'));
    expect(oldSecret()).toEqual([]);
    await runAlarmFor(1); // on to 8 March, 10:00: the day before 9 March
    expect(oldSecret().map((n) => n.message)).toEqual(
      expect.arrayContaining([
        'Tomorrow Amazon stops accepting the old secret of App unsaved: VendorAuto still has it. Put the new secret into VendorAuto now.',
        expect.stringContaining('old secret of App failed'),
      ]),
    );
    expect(oldSecret()).toHaveLength(2);
    await runAlarmFor(3);
    expect(oldSecret()).toHaveLength(2);
    expect(oldSecret()[0]?.id).toMatch(/^console\|https:\/\/sellercentral\.amazon\.com\|/);
  });

  it('stays quiet when a newer rotation of the same app replaced the unsaved one', async () => {
    const newer = startRotation({
      ...rotation('x'),
      id: 'rot-newer',
      clientId: 'amzn1.application-oa2-client.x',
      appName: 'App x',
      newDeadline: null,
      now: CAPTURED + DAY,
      ttlMs: 15 * 60_000,
    });
    await rotationsItem.setValue({
      old: rotation('x', applied({ type: 'discard' }, CAPTURED + 60_000)),
      newer: applied(
        { type: 'saved' },
        CAPTURED + DAY + 60_000,
      )(applied({ type: 'hand-off', tabId: 1 }, CAPTURED + DAY + 1000)(newer)),
    });
    await runAlarmFor(10);
    expect(shown.filter((n) => n.message.includes('old secret'))).toEqual([]);
  });
});

describe('a secret wiped unused', () => {
  it('is announced once, as soon as its hand-off expires, naming the app and never a secret', async () => {
    await rotationsItem.setValue({
      a: rotation('wiped', applied({ type: 'expire' }, CAPTURED + 15 * 60_000)),
    });
    vi.setSystemTime(CAPTURED + 15 * 60_000);
    await checkRotationRemindersNow();
    await checkRotationRemindersNow();
    await runAlarmFor(1);
    const wiped = shown.filter((n) => n.message.includes('wiped unused'));
    expect(wiped).toHaveLength(1);
    expect(wiped[0]?.message).toMatch(/^The new secret of App wiped was wiped unused/);
  });
});

describe('clicking a reminder', () => {
  it('focuses the open Developer Console tab of that console, or opens one', async () => {
    const id = `console|${CONSOLE}|old-secret`;
    await onNotificationClicked(id);
    let tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(`${CONSOLE}/sellingpartner/developerconsole`);
    const before = tabs.length;
    const consoleTab = tabs.find((t) => t.url?.startsWith(CONSOLE));
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    // The fake browser does not match url patterns: the query answers as Chrome would.
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValueOnce(consoleTab ? [consoleTab] : []);
    await onNotificationClicked(id);
    expect(update).toHaveBeenCalledWith(consoleTab?.id, { active: true });
    tabs = await fakeBrowser.tabs.query({});
    expect(tabs).toHaveLength(before);
  });

  it('opens nothing for an id that names no Amazon console', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onNotificationClicked('console|https://evil.example|x');
    await onNotificationClicked('lwa-123');
    expect(create).not.toHaveBeenCalled();
  });
});
