/**
 * The VendorAuto script reads `local:settings` and `local:rotations` straight from
 * storage.local (no storage library in its bundle): it must see what the background writes
 * through the typed items, the fallback when nothing is there, and each change until unwatched.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLocal, watchLocal } from '../../utils/content/stored';
import type { Rotation } from '../../utils/core/rotation';
import { DEFAULT_SETTINGS, rotationsItem, settingsItem } from '../../utils/core/storage';

const rotation = { id: '123e4567-e89b-42d3-a456-426614174000', clientId: 'c', status: 'captured' };

beforeEach(() => fakeBrowser.reset());

describe('reading local storage as the typed items do', () => {
  it('reads the fallback when nothing is stored', async () => {
    expect(await readLocal('settings', null)).toBeNull();
    expect(await readLocal('rotations', {})).toStrictEqual({});
    expect(await rotationsItem.getValue()).toStrictEqual({});
  });

  it('reads what the items wrote', async () => {
    const settings = { ...DEFAULT_SETTINGS, trustedVendorAutoOrigins: ['https://va.example.com'] };
    await settingsItem.setValue(settings);
    await rotationsItem.setValue({ [rotation.id]: rotation as unknown as Rotation });
    expect(await readLocal('settings', null)).toStrictEqual(settings);
    expect(await readLocal('rotations', {})).toStrictEqual({ [rotation.id]: rotation });
  });

  it('sees each change, the fallback once removed, and nothing after unwatching', async () => {
    const seen: unknown[] = [];
    const unwatch = watchLocal('rotations', {}, (value) => seen.push(value));
    await rotationsItem.setValue({ [rotation.id]: rotation as unknown as Rotation });
    await settingsItem.setValue(DEFAULT_SETTINGS);
    await rotationsItem.removeValue();
    unwatch();
    await rotationsItem.setValue({});
    expect(seen).toStrictEqual([{ [rotation.id]: rotation }, {}]);
  });
});
