import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkReminders } from '../../utils/background/reminders';
import { appsItem, DEFAULT_SETTINGS, type KnownApp, settingsItem } from '../../utils/core/storage';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 29, 12);

function app(name: string, date: string | null, overrides: Partial<KnownApp> = {}): KnownApp {
  return {
    name,
    appId: `amzn1.sp.solution.${name}`,
    clientId: null,
    alert: true,
    deadline: date ? { date } : null,
    consoleOrigin: 'https://sellercentral.amazon.com',
    seenAt: NOW,
    rotatedAt: null,
    ...overrides,
  };
}

let shown: { title: string; message: string }[];

beforeEach(async () => {
  fakeBrowser.reset();
  shown = [];
  Object.assign(fakeBrowser, {
    notifications: {
      create: vi.fn(async (_id: string, options: { title: string; message: string }) =>
        shown.push(options),
      ),
    },
  });
  await settingsItem.setValue(DEFAULT_SETTINGS);
});

describe('deadline reminders', () => {
  it('warns once per threshold crossed, on Amazon’s 30/15/7/1 schedule by default', async () => {
    await appsItem.setValue({
      a: app('Inventory Sync', '2026-12-19'),
      b: app('Order Router', '2027-04-01'),
    });
    await checkReminders(NOW);
    expect(shown).toEqual([
      expect.objectContaining({
        title: 'Inventory Sync: rotate the LWA secret',
        message: expect.stringContaining('20 days left'),
      }),
    ]);
    await checkReminders(NOW + DAY);
    expect(shown).toHaveLength(1);
    await checkReminders(NOW + 6 * DAY); // 14 days left: the 15-day threshold
    expect(shown).toHaveLength(2);
    expect(shown[1]?.message).toContain('14 days left');
  });

  it('says so when the secret has already expired, and follows the user’s own days', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, reminderDays: [60] });
    await appsItem.setValue({
      a: app('Ads Budget Guard', '2026-11-26'),
      b: app('Settlement Exporter', '2027-01-20'),
    });
    await checkReminders(NOW);
    expect(shown.map((n) => n.title).sort()).toEqual([
      'Ads Budget Guard: LWA secret expired',
      'Settlement Exporter: rotate the LWA secret',
    ]);
  });

  it('stays quiet for apps with no known deadline or far from it', async () => {
    await appsItem.setValue({
      a: app('No Alert', null, { alert: false }),
      b: app('Rotated', '2027-05-28', { rotatedAt: NOW }),
    });
    await checkReminders(NOW);
    expect(shown).toEqual([]);
  });
});
