/**
 * Settings an organisation sets by policy (Chrome/Edge `managed_schema`, Firefox's `3rdparty`
 * policy), read from `storage.managed`. A managed value wins over the user's own and is shown
 * locked in Settings; managed VendorAuto addresses count as confirmed by the user.
 * public/managed_schema.json lists exactly MANAGED_POLICY_KEYS (a unit test holds them together).
 */
import { storage } from 'wxt/utils/storage';
import { isBuiltInVendorAutoOrigin, toHttpsOrigin } from './hosts';
import { HANDOFF_MINUTES } from './setting-bounds';
import type { Settings } from './storage';
import { z } from './zod';

export type ManagedPolicy = {
  /** The company's VendorAuto addresses: trusted without the user's "Trust …" click. */
  vendorAutoAddresses?: string[];
  reminderDays?: number[];
  handoffMinutes?: number;
  autoConfirm?: boolean;
  guides?: boolean;
};
export const MANAGED_POLICY_KEYS = [
  'vendorAutoAddresses',
  'reminderDays',
  'handoffMinutes',
  'autoConfirm',
  'guides',
] as const satisfies readonly (keyof ManagedPolicy)[];

/** The settings a policy can lock, named as in Settings. */
export type LockableSetting = 'reminderDays' | 'handoffMinutes' | 'autoConfirm' | 'guidesEnabled';

const POLICY_SCHEMAS = {
  // Admins write hosts by hand: "vendorauto.example.com" and "https://…/" both mean one origin.
  vendorAutoAddresses: z.array(z.string()).check(z.maxLength(20)),
  reminderDays: z.array(z.number().check(z.int(), z.gte(0), z.lte(180))).check(z.maxLength(12)),
  handoffMinutes: z.number().check(z.int(), z.gte(HANDOFF_MINUTES.min), z.lte(HANDOFF_MINUTES.max)),
  autoConfirm: z.boolean(),
  guides: z.boolean(),
};

/** Each policy value checked on its own: a bad one is ignored, the rest still apply. */
export function validPolicy(raw: unknown): ManagedPolicy {
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const policy: ManagedPolicy = {};
  for (const key of MANAGED_POLICY_KEYS) {
    const parsed = POLICY_SCHEMAS[key].safeParse(record[key]);
    if (!parsed.success) continue;
    if (key === 'vendorAutoAddresses') {
      const origins = (parsed.data as string[])
        .map((address) => toHttpsOrigin(address))
        .filter((origin): origin is string => origin !== null);
      policy.vendorAutoAddresses = [...new Set(origins)];
    } else (policy as Record<string, unknown>)[key] = parsed.data;
  }
  return policy;
}

export type EffectiveSettings = {
  settings: Settings;
  locked: ReadonlySet<LockableSetting>;
  /** The policy's VendorAuto addresses, for Settings to list (and, off vendorauto.com, ask access for). */
  managedOrigins: readonly string[];
};

export function applyPolicy(local: Settings, policy: ManagedPolicy): EffectiveSettings {
  const settings = { ...local };
  const locked = new Set<LockableSetting>();
  if (policy.reminderDays !== undefined) {
    settings.reminderDays = [...new Set(policy.reminderDays)].sort((a, b) => b - a);
    locked.add('reminderDays');
  }
  if (policy.handoffMinutes !== undefined) {
    settings.handoffMinutes = policy.handoffMinutes;
    locked.add('handoffMinutes');
  }
  if (policy.autoConfirm !== undefined) {
    settings.autoConfirm = policy.autoConfirm;
    locked.add('autoConfirm');
  }
  if (policy.guides !== undefined) {
    settings.guidesEnabled = policy.guides;
    locked.add('guidesEnabled');
  }
  const managedOrigins = policy.vendorAutoAddresses ?? [];
  // Off vendorauto.com a managed address is a custom one: its content script still needs access.
  const customManaged = managedOrigins.filter((origin) => !isBuiltInVendorAutoOrigin(origin));
  settings.customVendorAutoOrigins = [
    ...new Set([...local.customVendorAutoOrigins, ...customManaged]),
  ];
  settings.trustedVendorAutoOrigins = [
    ...new Set([...local.trustedVendorAutoOrigins, ...managedOrigins]),
  ];
  return { settings, locked, managedOrigins };
}

/** Where no policy applies, Firefox rejects the read and Chrome answers {}: both mean none. */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  const raw = await storage.snapshot('managed').catch(() => ({}));
  return validPolicy(raw);
}
