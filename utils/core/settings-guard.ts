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

/**
 * What a content script needs of settings and the mirrored policy (`local:policy`): whether to
 * offer the guide by itself, and which VendorAuto origins count as the user's. A policy's
 * addresses count as confirmed; its guide switch wins over the user's.
 */
export function contentSettingsIn(
  stored: unknown,
  policy: unknown,
): { guidesEnabled: boolean; vendorAutoOrigins: string[] } {
  const settings = vendorAutoOriginsIn(stored);
  const record = (typeof policy === 'object' && policy !== null ? policy : {}) as Record<
    string,
    unknown
  >;
  const own = (stored as { guidesEnabled?: unknown } | null)?.guidesEnabled;
  const guidesEnabled =
    typeof record.guides === 'boolean' ? record.guides : typeof own === 'boolean' ? own : true;
  return {
    guidesEnabled,
    vendorAutoOrigins: [
      ...settings.trustedVendorAutoOrigins,
      ...settings.customVendorAutoOrigins,
      ...originList(record.vendorAutoAddresses),
    ],
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
