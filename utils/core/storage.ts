/**
 * Typed storage. The one rule: secrets live in `session:` (memory only, closed to content
 * scripts, gone with the browser); `local:` holds nothing secret.
 */
import { storage } from 'wxt/utils/storage';
import type { ConsoleApp } from './console-app';
import { fallbackOf } from './fallback';
import { toHttpsOrigin } from './hosts';
import {
  applyPolicy,
  type EffectiveSettings,
  type ManagedPolicy,
  readManagedPolicy,
  validPolicy,
} from './managed';
import type { Rotation } from './rotation';
import { HANDOFF_MINUTES } from './setting-bounds';
import { z } from './zod';

/** The only place a secret is kept: keyed by rotation id, removed when the rotation ends. */
export type SecretRecord = { rotationId: string; clientId: string; secret: string };
export const secretsItem = storage.defineItem<Record<string, SecretRecord>>('session:secrets', {
  fallback: fallbackOf({}),
});

/**
 * A secret selected on a console page that showed no Client ID: it waits (memory only) for the
 * user to say in the popup which app it belongs to, and expires like a hand-off.
 */
export type UnpairedSecret = {
  secret: string;
  consoleOrigin: string;
  capturedAt: number;
  expiresAt: number;
};
export const unpairedSecretItem = storage.defineItem<UnpairedSecret | null>(
  'session:unpairedSecret',
  {
    fallback: null,
  },
);

/**
 * What was captured in this browser session: a fingerprint (never the value) and the app it
 * was for. A paste or selection of one of them for another app is a stale clipboard: the secret
 * that app's rotation made would be lost. Memory only, like the secrets.
 */
export type SpentSecret = { fingerprint: string; clientId: string; appName: string | null };
export const spentSecretsItem = storage.defineItem<SpentSecret[]>('session:spentSecrets', {
  fallback: fallbackOf([]),
});

/**
 * The user's one click ("Continue in VendorAuto", "Fill in VendorAuto") for one rotation: it
 * lets the extension fill that secret once, in that tab, on that origin, until the hand-off's
 * time limit. Memory only; it lapses on navigation to another origin and after one fill.
 */
export type FillConsent = {
  rotationId: string;
  tabId: number;
  origin: string;
  givenAt: number;
  expiresAt: number;
};
export const consentsItem = storage.defineItem<Record<string, FillConsent>>('session:consents', {
  fallback: fallbackOf({}),
});

/** Where the user's VendorAuto Instances page was last seen (no secret): where to open it again. */
export type VendorAutoSighting = { origin: string; instancesUrl: string | null; seenAt: number };
export const vendorAutoSeenItem = storage.defineItem<VendorAutoSighting | null>(
  'local:vendorAutoSeen',
  { fallback: null },
);

export const rotationsItem = storage.defineItem<Record<string, Rotation>>('local:rotations', {
  fallback: fallbackOf({}),
});

export type KnownApp = ConsoleApp & {
  consoleOrigin: string;
  seenAt: number;
  /** Set when this extension completed a rotation for the app. */
  rotatedAt: number | null;
};
export const appsItem = storage.defineItem<Record<string, KnownApp>>('local:apps', {
  fallback: fallbackOf({}),
});

export type ConsoleStatus = {
  origin: string;
  layout: 'apps' | 'unrecognised';
  addAppClient: 'enabled' | 'disabled' | 'absent';
  banner: string | null;
  seenAt: number;
  /** What the console script last asked of the user ("click Show"), or a capture problem. */
  notice: string | null;
};
export const consoleStatusItem = storage.defineItem<Record<string, ConsoleStatus>>(
  'local:consoleStatus',
  {
    fallback: fallbackOf({}),
  },
);

export type Settings = {
  /** How long a captured secret waits for its hand-off before it is wiped. */
  handoffMinutes: number;
  /** Click VendorAuto's Confirm on the user's behalf; off unless the user turns it on. */
  autoConfirm: boolean;
  /** VendorAuto addresses the user added (origins), beyond vendorauto.com. */
  customVendorAutoOrigins: string[];
  /**
   * VendorAuto app origins the user confirmed as theirs, each once, in extension UI that shows
   * the origin in full. A secret is only ever delivered to one of these (or a policy's).
   */
  trustedVendorAutoOrigins: string[];
  /** Days before a deadline to remind (Amazon's own schedule by default). */
  reminderDays: number[];
  /** Offer the on-page guides on Amazon's console and VendorAuto. */
  guidesEnabled: boolean;
};
export const DEFAULT_SETTINGS: Settings = fallbackOf({
  handoffMinutes: 15,
  autoConfirm: false,
  customVendorAutoOrigins: [],
  trustedVendorAutoOrigins: [],
  reminderDays: [30, 15, 7, 1],
  guidesEnabled: true,
});
export { HANDOFF_MINUTES };

const origins = z
  .array(z.string().check(z.refine((value) => toHttpsOrigin(value) === value)))
  .check(z.maxLength(50));
/** Each setting is checked on its own: one bad value falls back to its default, not the rest. */
const SETTING_SCHEMAS: { [K in keyof Settings]: z.ZodMiniType<Settings[K]> } = {
  handoffMinutes: z.number().check(z.int(), z.gte(HANDOFF_MINUTES.min), z.lte(HANDOFF_MINUTES.max)),
  autoConfirm: z.boolean(),
  customVendorAutoOrigins: origins,
  trustedVendorAutoOrigins: origins,
  reminderDays: z.array(z.number().check(z.int(), z.gte(0), z.lte(180))).check(z.maxLength(12)),
  guidesEnabled: z.boolean(),
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
});

/**
 * The organisation's policy as the background last read it (storage.managed, validated), for
 * the content scripts, which don't read storage.managed: only its guide switch and VendorAuto
 * addresses matter there. Policy values are settings, never secrets.
 */
export const policyMirrorItem = storage.defineItem<ManagedPolicy>('local:policy', {
  fallback: fallbackOf({}),
});

/** Settings as stored, each value re-validated: storage is writable by anything with the extension's rights. */
export function validSettings(stored: unknown): Settings {
  const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(SETTING_SCHEMAS) as (keyof Settings)[]) {
    const parsed = SETTING_SCHEMAS[key].safeParse(record[key]);
    if (parsed.success) (settings as Record<keyof Settings, unknown>)[key] = parsed.data;
  }
  return settings;
}

/** The user's own settings, without policy: what a change in Settings is written over. */
export async function getLocalSettings(): Promise<Settings> {
  return validSettings(await settingsItem.getValue());
}

/** The settings in force: the user's, with an organisation's managed values winning. */
export async function getEffectiveSettings(): Promise<EffectiveSettings> {
  const [local, policy] = await Promise.all([getLocalSettings(), readManagedPolicy()]);
  return applyPolicy(local, policy);
}

export async function getSettings(): Promise<Settings> {
  return (await getEffectiveSettings()).settings;
}

/**
 * The settings in force as of the background's last read of the policy (its mirror in
 * storage.local), for a step that must not wait: holding a secret just captured. Chromium's
 * storage.managed took 4–11 s to answer after the service worker woke on a loaded machine;
 * decisions about trust keep reading it.
 */
export async function getSettingsAsMirrored(): Promise<Settings> {
  const [local, mirrored] = await Promise.all([getLocalSettings(), policyMirrorItem.getValue()]);
  return applyPolicy(local, validPolicy(mirrored)).settings;
}

export function appKey(app: { appId: string | null; name: string }, consoleOrigin: string): string {
  return app.appId ?? `${consoleOrigin}|${app.name}`;
}
