import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  isTrustedVendorAutoOrigin,
  isVendorAutoOrigin,
  syncCustomContentScript,
  trustVendorAutoOrigin,
} from '../../utils/background/vendorauto-origins';
import { applyPolicy, MANAGED_POLICY_KEYS, validPolicy } from '../../utils/core/managed';
import {
  DEFAULT_SETTINGS,
  getEffectiveSettings,
  getLocalSettings,
  getSettings,
  settingsItem,
} from '../../utils/core/storage';
import { readPopupState } from '../../utils/popup/state';

const COMPANY = 'https://vendorauto.acme-corp.example';

let granted: Set<string>;
let registered: { id: string; matches: string[] }[];

beforeEach(async () => {
  fakeBrowser.reset();
  granted = new Set();
  registered = [];
  Object.assign(fakeBrowser, {
    permissions: {
      contains: vi.fn(async ({ origins }: { origins: string[] }) =>
        origins.every((o) => granted.has(o)),
      ),
    },
    scripting: {
      getRegisteredContentScripts: vi.fn(async () => registered),
      unregisterContentScripts: vi.fn(async () => {
        registered = [];
      }),
      registerContentScripts: vi.fn(async (scripts: typeof registered) => {
        registered.push(...scripts);
      }),
    },
  });
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, handoffMinutes: 30, autoConfirm: true });
});

describe('a managed policy', () => {
  it('wins over the user’s own values and locks exactly the settings it names', async () => {
    await fakeBrowser.storage.managed.set({ autoConfirm: false, reminderDays: [7, 45, 7] });
    const { settings, locked } = await getEffectiveSettings();
    expect(settings.autoConfirm).toBe(false);
    expect(settings.reminderDays).toEqual([45, 7]);
    expect(settings.handoffMinutes).toBe(30); // not in the policy: the user's value stands
    expect([...locked].sort()).toEqual(['autoConfirm', 'reminderDays']);
    // The user's own settings are untouched: lifting the policy gives them back.
    expect((await getLocalSettings()).autoConfirm).toBe(true);
    await fakeBrowser.storage.managed.clear();
    expect((await getSettings()).autoConfirm).toBe(true);
  });

  it('ignores a bad value on its own and keeps the good ones', () => {
    const policy = validPolicy({
      handoffMinutes: 600,
      autoConfirm: 'yes',
      guides: false,
      reminderDays: [1, 'soon'],
      vendorAutoAddresses: ['vendorauto.acme-corp.example', 'http://insecure.example', 'not a url'],
    });
    expect(policy).toEqual({ guides: false, vendorAutoAddresses: [COMPANY] });
    const { settings, locked } = applyPolicy(DEFAULT_SETTINGS, policy);
    expect(settings.guidesEnabled).toBe(false);
    expect(settings.handoffMinutes).toBe(DEFAULT_SETTINGS.handoffMinutes);
    expect([...locked]).toEqual(['guidesEnabled']);
  });

  it('makes the company’s VendorAuto trusted without the user’s click, and no other address', async () => {
    expect(await isTrustedVendorAutoOrigin(COMPANY)).toBe(false);
    await fakeBrowser.storage.managed.set({
      vendorAutoAddresses: [COMPANY, 'https://acme.vendorauto.com'],
    });
    expect(await isVendorAutoOrigin(COMPANY)).toBe(true);
    expect(await isTrustedVendorAutoOrigin(COMPANY)).toBe(true);
    expect(await isTrustedVendorAutoOrigin('https://acme.vendorauto.com')).toBe(true);
    expect(await isTrustedVendorAutoOrigin('https://help.vendorauto.com')).toBe(false);
    expect((await readPopupState()).trustedOrigins).toEqual(
      expect.arrayContaining([COMPANY, 'https://acme.vendorauto.com']),
    );
  });

  it('still needs the browser’s grant before the content script runs on a custom managed address', async () => {
    await fakeBrowser.storage.managed.set({ vendorAutoAddresses: [COMPANY] });
    expect(await syncCustomContentScript()).toEqual([]);
    granted.add(`${COMPANY}/*`);
    expect(await syncCustomContentScript()).toEqual([COMPANY]);
    expect(registered[0]?.matches).toEqual([`${COMPANY}/*`]);
  });

  it('is never copied into the user’s stored settings when the user trusts another address', async () => {
    await fakeBrowser.storage.managed.set({ vendorAutoAddresses: [COMPANY], autoConfirm: false });
    expect(await trustVendorAutoOrigin('https://eu.vendorauto.com')).toEqual({ ok: true });
    const stored = await settingsItem.getValue();
    expect(stored.trustedVendorAutoOrigins).toEqual(['https://eu.vendorauto.com']);
    expect(stored.customVendorAutoOrigins).toEqual([]);
    expect(stored.autoConfirm).toBe(true);
  });

  it('reads as no policy where the browser refuses managed storage (Firefox without policies.json)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    expect((await getEffectiveSettings()).locked.size).toBe(0);
    expect((await getSettings()).autoConfirm).toBe(true);
  });
});

describe('public/managed_schema.json', () => {
  const schema = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../public/managed_schema.json'), 'utf8'),
  ) as { type: string; properties: Record<string, { type: string; items?: { type: string } }> };

  it('names exactly the policy keys the code reads, with Chrome’s schema types', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_POLICY_KEYS].sort());
    const chromeTypes = ['boolean', 'string', 'integer', 'number', 'array', 'object'];
    for (const property of Object.values(schema.properties)) {
      expect(chromeTypes).toContain(property.type);
      if (property.type === 'array') expect(chromeTypes).toContain(property.items?.type);
    }
  });

  it('describes values the code accepts: a sample policy of each type passes validation whole', () => {
    const sample = {
      vendorAutoAddresses: [COMPANY],
      reminderDays: [30, 7],
      handoffMinutes: 20,
      autoConfirm: false,
      guides: true,
    };
    expect(Object.keys(sample).sort()).toEqual(Object.keys(schema.properties).sort());
    expect(validPolicy(sample)).toEqual(sample);
  });
});
