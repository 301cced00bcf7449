/**
 * WXT's storage hands back an item's fallback object itself when the key is missing. A writer
 * that edited what it read would edit that shared fallback, and every later read of a missing
 * key would return the old entries again: apps from a console the user left, or a consent.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordConsolePage } from '../../utils/background/console-records';
import { checkReminders } from '../../utils/background/reminders';
import type { ConsoleApp } from '../../utils/core/console-app';
import { appsItem, DEFAULT_SETTINGS, settingsItem } from '../../utils/core/storage';

const ORIGIN = 'https://sellercentral.amazon.com';
const NOW = Date.UTC(2026, 10, 29, 12);

const app = (name: string): ConsoleApp => ({
  name,
  appId: `amzn1.sp.solution.${name}`,
  clientId: null,
  alert: true,
  deadline: { date: '2026-12-05', daysLeft: 6 },
});

const report = (...apps: ConsoleApp[]) => ({
  type: 'console/page' as const,
  layout: 'apps' as const,
  apps,
  banner: null,
  addAppClient: 'absent' as const,
});

beforeEach(async () => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser, { notifications: { create: vi.fn(async () => undefined) } });
  await settingsItem.setValue(DEFAULT_SETTINGS);
});

describe('what a cleared store holds', () => {
  it('a console report after the apps were cleared lists only the apps that page shows', async () => {
    await recordConsolePage(report(app('first')), ORIGIN, NOW);
    await fakeBrowser.storage.local.remove('apps');

    await recordConsolePage(report(app('second')), ORIGIN, NOW);

    const names = Object.values(await appsItem.getValue()).map((known) => known.name);
    expect(names).toEqual(['second']);
  });

  it('once the reminder record is cleared, a due app is reminded again', async () => {
    const notify = vi.fn(async () => undefined);
    Object.assign(fakeBrowser, { notifications: { create: notify } });
    await appsItem.setValue({
      a: { ...app('a'), consoleOrigin: ORIGIN, seenAt: NOW, rotatedAt: null },
    });
    await checkReminders(NOW);
    await fakeBrowser.storage.local.remove('reminded');

    await checkReminders(NOW);

    expect(notify).toHaveBeenCalledTimes(2);
  });
});
