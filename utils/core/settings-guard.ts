/**
 * The two settings a content script reads (which VendorAuto origins are the user's), checked
 * without zod so the content scripts stay small. Same result as `validSettings` (storage.ts)
 * for every input: tests/unit/settings-guard.test.ts runs both side by side.
 */
import { toHttpsOrigin } from './hosts';
import type { Settings } from './storage';

export type VendorAutoOriginSettings = Pick<
  Settings,
  'trustedVendorAutoOrigins' | 'customVendorAutoOrigins'
>;

/** Storage is writable by anything with the extension's rights: a bad list counts as empty. */
export function vendorAutoOriginsIn(stored: unknown): VendorAutoOriginSettings {
  const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  return {
    trustedVendorAutoOrigins: originList(record.trustedVendorAutoOrigins),
    customVendorAutoOrigins: originList(record.customVendorAutoOrigins),
  };
}

const MAX_ORIGINS = 50;

function originList(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > MAX_ORIGINS) return [];
  const origins: string[] = [];
  for (const origin of value) {
    if (typeof origin !== 'string' || toHttpsOrigin(origin) !== origin) return [];
    origins.push(origin);
  }
  return origins;
}
