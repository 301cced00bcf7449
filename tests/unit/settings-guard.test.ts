/**
 * The VendorAuto script decides whether its origin is the user's VendorAuto from two settings,
 * read with a zod-free guard; the background and pages read them with `validSettings`. Same
 * stored value, same lists, for every input here, hostile ones included.
 */
import { describe, expect, it } from 'vitest';
import { contentSettingsIn, vendorAutoOriginsIn } from '../../utils/core/settings-guard';
import { DEFAULT_SETTINGS, validSettings } from '../../utils/core/storage';

const GOOD = ['https://app.vendorauto.com', 'https://va.example.co.uk'];
const manyOrigins = (count: number) =>
  Array.from({ length: count }, (_, i) => `https://va${i}.example.com`);

const CASES: { name: string; stored: unknown; trusted: string[]; custom: string[] }[] = [
  { name: 'nothing stored', stored: undefined, trusted: [], custom: [] },
  { name: 'null', stored: null, trusted: [], custom: [] },
  { name: 'a string', stored: 'https://app.vendorauto.com', trusted: [], custom: [] },
  { name: 'an array', stored: [GOOD], trusted: [], custom: [] },
  { name: 'the defaults', stored: DEFAULT_SETTINGS, trusted: [], custom: [] },
  {
    name: 'both lists',
    stored: {
      ...DEFAULT_SETTINGS,
      trustedVendorAutoOrigins: GOOD,
      customVendorAutoOrigins: [GOOD[1]],
    },
    trusted: GOOD,
    custom: [GOOD[1] as string],
  },
  {
    name: 'one list bad, the other kept',
    stored: {
      trustedVendorAutoOrigins: ['http://app.vendorauto.com'],
      customVendorAutoOrigins: GOOD,
    },
    trusted: [],
    custom: GOOD,
  },
  {
    name: 'one bad origin spoils its list',
    stored: { trustedVendorAutoOrigins: [...GOOD, 'https://evil.example.com/path'] },
    trusted: [],
    custom: [],
  },
  {
    name: 'capitals',
    stored: { trustedVendorAutoOrigins: ['https://VA.example.com'] },
    trusted: [],
    custom: [],
  },
  {
    name: 'spaces',
    stored: { trustedVendorAutoOrigins: [' https://va.example.com'] },
    trusted: [],
    custom: [],
  },
  {
    name: 'a port (refused)',
    stored: { trustedVendorAutoOrigins: ['https://va.example.com:8443'] },
    trusted: [],
    custom: [],
  },
  {
    name: 'a wildcard',
    stored: { customVendorAutoOrigins: ['https://*.example.com'] },
    trusted: [],
    custom: [],
  },
  {
    name: 'a user name',
    stored: { customVendorAutoOrigins: ['https://me@va.example.com'] },
    trusted: [],
    custom: [],
  },
  {
    name: 'a number inside',
    stored: { trustedVendorAutoOrigins: [GOOD[0], 7] },
    trusted: [],
    custom: [],
  },
  {
    name: 'a string, not a list',
    stored: { trustedVendorAutoOrigins: GOOD[0] },
    trusted: [],
    custom: [],
  },
  {
    name: '50 origins',
    stored: { customVendorAutoOrigins: manyOrigins(50) },
    trusted: [],
    custom: manyOrigins(50),
  },
  {
    name: '51 origins',
    stored: { customVendorAutoOrigins: manyOrigins(51) },
    trusted: [],
    custom: [],
  },
  {
    name: 'inherited lists',
    stored: Object.create({ trustedVendorAutoOrigins: GOOD }),
    trusted: GOOD,
    custom: [],
  },
  {
    name: 'an own __proto__ key',
    stored: JSON.parse(`{"__proto__": {"trustedVendorAutoOrigins": ["${GOOD[0]}"]}}`),
    trusted: [],
    custom: [],
  },
];

describe('the VendorAuto origins a content script trusts', () => {
  it.each(CASES)('$name: the guard and validSettings agree', ({ stored, trusted, custom }) => {
    const settings = validSettings(stored);
    const fromSchemas = {
      trustedVendorAutoOrigins: settings.trustedVendorAutoOrigins,
      customVendorAutoOrigins: settings.customVendorAutoOrigins,
    };
    expect(fromSchemas).toStrictEqual({
      trustedVendorAutoOrigins: trusted,
      customVendorAutoOrigins: custom,
    });
    expect(vendorAutoOriginsIn(stored)).toStrictEqual(fromSchemas);
  });
});

describe('contentSettingsIn: settings with the mirrored policy over them', () => {
  const own = { guidesEnabled: true, trustedVendorAutoOrigins: ['https://app.vendorauto.com'] };

  it('follows the user when no policy applies, and defaults guides on', () => {
    expect(contentSettingsIn(own, {})).toEqual({
      guidesEnabled: true,
      vendorAutoOrigins: ['https://app.vendorauto.com'],
    });
    expect(contentSettingsIn({ guidesEnabled: false }, {}).guidesEnabled).toBe(false);
    expect(contentSettingsIn(null, null)).toEqual({ guidesEnabled: true, vendorAutoOrigins: [] });
  });

  it('lets the policy’s guide switch win and counts its addresses as the user’s', () => {
    const policy = { guides: false, vendorAutoAddresses: ['https://va.example.com'] };
    expect(contentSettingsIn(own, policy)).toEqual({
      guidesEnabled: false,
      vendorAutoOrigins: ['https://app.vendorauto.com', 'https://va.example.com'],
    });
  });

  it('ignores a policy value of the wrong shape, and a list with any non-origin in it', () => {
    const policy = {
      guides: 'no',
      vendorAutoAddresses: ['https://va.example.com', 'http://x.test'],
    };
    expect(contentSettingsIn(own, policy)).toEqual({
      guidesEnabled: true,
      vendorAutoOrigins: ['https://app.vendorauto.com'],
    });
  });
});
