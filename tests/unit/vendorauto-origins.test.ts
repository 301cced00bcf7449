import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  isVendorAutoOrigin,
  syncCustomContentScript,
} from '../../utils/background/vendorauto-origins';
import { DEFAULT_SETTINGS, settingsItem } from '../../utils/core/storage';
import { addCustomOrigin, removeCustomOrigin } from '../../utils/options/custom-origins';

let granted: Set<string>;
let registered: { id: string; matches: string[]; js: string[] }[];

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  registered = [];
  Object.assign(fakeBrowser, {
    permissions: {
      contains: vi.fn(async ({ origins }: { origins: string[] }) =>
        origins.every((o) => granted.has(o)),
      ),
      remove: vi.fn(async ({ origins }: { origins: string[] }) => {
        for (const o of origins) granted.delete(o);
        return true;
      }),
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
});

describe('a VendorAuto on another address', () => {
  it('is trusted only once added, and gets the content script only while its permission is granted', async () => {
    await settingsItem.setValue(DEFAULT_SETTINGS);
    expect(await isVendorAutoOrigin('https://va.example-customer.com')).toBe(false);
    await addCustomOrigin('https://va.example-customer.com');
    expect(await isVendorAutoOrigin('https://va.example-customer.com')).toBe(true);
    expect(await isVendorAutoOrigin('https://va.example-customer.com.evil.example')).toBe(false);

    expect(await syncCustomContentScript()).toEqual([]);
    expect(registered).toEqual([]);

    granted.add('https://va.example-customer.com/*');
    expect(await syncCustomContentScript()).toEqual(['https://va.example-customer.com']);
    expect(registered).toEqual([
      expect.objectContaining({
        matches: ['https://va.example-customer.com/*'],
        js: ['content-scripts/vendorauto.js'],
      }),
    ]);

    await removeCustomOrigin('https://va.example-customer.com');
    expect(await isVendorAutoOrigin('https://va.example-customer.com')).toBe(false);
    expect(granted.size).toBe(0);
    await syncCustomContentScript();
    expect(registered).toEqual([]);
  });
});
