/** The background copies the organisation's policy, validated, to where content scripts read it. */
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mirrorPolicy } from '../../utils/background/policy-mirror';
import { readLocal } from '../../utils/content/stored';

beforeEach(() => fakeBrowser.reset());

it('mirrors the valid policy values, addresses as origins, and drops the invalid ones', async () => {
  await fakeBrowser.storage.managed.set({
    guides: false,
    vendorAutoAddresses: ['vendorauto.example.com', 'https://app.vendorauto.com/'],
    handoffMinutes: 'forever',
  });
  await mirrorPolicy();
  expect(await readLocal('policy', {})).toEqual({
    guides: false,
    vendorAutoAddresses: ['https://vendorauto.example.com', 'https://app.vendorauto.com'],
  });
});

it('mirrors an empty policy when none applies, replacing an old one', async () => {
  await fakeBrowser.storage.local.set({ policy: { guides: false } });
  await mirrorPolicy();
  expect(await readLocal('policy', { guides: true })).toEqual({});
});
