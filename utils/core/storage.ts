/**
 * Typed storage. The one rule: secrets live in `session:` (memory only, closed to content
 * scripts, gone with the browser); `local:` holds nothing secret.
 */
import { storage } from 'wxt/utils/storage';
import type { ConsoleApp } from './console-app';
import type { Rotation } from './rotation';

/** The only place a secret is kept: keyed by rotation id, removed when the rotation ends. */
export type SecretRecord = { rotationId: string; clientId: string; secret: string };
export const secretsItem = storage.defineItem<Record<string, SecretRecord>>('session:secrets', {
  fallback: {},
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

export const rotationsItem = storage.defineItem<Record<string, Rotation>>('local:rotations', {
  fallback: {},
});

export type KnownApp = ConsoleApp & {
  consoleOrigin: string;
  seenAt: number;
  /** Set when this extension completed a rotation for the app. */
  rotatedAt: number | null;
};
export const appsItem = storage.defineItem<Record<string, KnownApp>>('local:apps', {
  fallback: {},
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
    fallback: {},
  },
);

export type Settings = {
  /** How long a captured secret waits for its hand-off before it is wiped. */
  handoffMinutes: number;
  /** Click VendorAuto's Confirm on the user's behalf; off unless the user turns it on. */
  autoConfirm: boolean;
  /** VendorAuto addresses the user added (origins), beyond vendorauto.com. */
  customVendorAutoOrigins: string[];
  /** Days before a deadline to remind (Amazon's own schedule by default). */
  reminderDays: number[];
};
export const DEFAULT_SETTINGS: Settings = {
  handoffMinutes: 15,
  autoConfirm: false,
  customVendorAutoOrigins: [],
  reminderDays: [30, 15, 7, 1],
};
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
});

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export function appKey(app: { appId: string | null; name: string }, consoleOrigin: string): string {
  return app.appId ?? `${consoleOrigin}|${app.name}`;
}
