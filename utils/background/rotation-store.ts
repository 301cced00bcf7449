/**
 * The background's hold on rotations: it alone reads and writes them. Applies state-machine
 * transitions, and wipes a secret the moment its rotation stops being live.
 */

import browser from 'webextension-polyfill';
import { i18n } from '#i18n';
import { fingerprint } from '../core/lwa';
import {
  type CaptureFacts,
  holdsSecret,
  isDue,
  type Rotation,
  type RotationEvent,
  startRotation,
  transition,
} from '../core/rotation';
import {
  rotationsItem,
  type SecretRecord,
  secretsItem,
  spentSecretsItem,
  unpairedSecretItem,
} from '../core/storage';
import { recordHistory } from './history-record';

const EXPIRY_ALARM_PREFIX = 'expire-handoff:';

export function expiryAlarmName(rotationId: string): string {
  return `${EXPIRY_ALARM_PREFIX}${rotationId}`;
}

/** The alarm that wipes a selected secret nobody paired with an app. */
export const UNPAIRED_EXPIRY_ALARM = 'expire-unpaired-selection';

/** Every alarm after which a held secret may have to be wiped. */
export function isExpiryAlarm(name: string): boolean {
  return name.startsWith(EXPIRY_ALARM_PREFIX) || name === UNPAIRED_EXPIRY_ALARM;
}

/** A new capture for a Client ID replaces any live one: only the newest secret is valid at Amazon. */
export async function recordCapture(
  facts: Omit<CaptureFacts, 'id'>,
  secret: string,
): Promise<Rotation> {
  const rotations = await rotationsItem.getValue();
  for (const older of Object.values(rotations)) {
    if (older.clientId === facts.clientId && holdsSecret(older.status)) {
      await applyEvent(older.id, { type: 'discard' }, facts.now);
    }
  }
  const rotation = startRotation({ ...facts, id: crypto.randomUUID() });
  // The record first: a secret without its record would be swept as an orphan.
  await rotationsItem.setValue({ ...(await rotationsItem.getValue()), [rotation.id]: rotation });
  await secretsItem.setValue({
    ...(await secretsItem.getValue()),
    [rotation.id]: { rotationId: rotation.id, clientId: rotation.clientId, secret },
  });
  await browser.alarms.create(expiryAlarmName(rotation.id), { when: rotation.expiresAt });
  await rememberSpent(secret, rotation);
  return rotation;
}

const SPENT_KEPT = 50;

async function rememberSpent(secret: string, rotation: Rotation): Promise<void> {
  const print = fingerprint(secret);
  const others = (await spentSecretsItem.getValue()).filter((s) => s.fingerprint !== print);
  await spentSecretsItem.setValue(
    [
      ...others,
      { fingerprint: print, clientId: rotation.clientId, appName: rotation.appName },
    ].slice(-SPENT_KEPT),
  );
}

/** The earlier capture of this very value for another app than `clientId` (any app when null). */
export async function spentOnAnotherApp(
  secret: string,
  clientId: string | null,
): Promise<{ clientId: string; appName: string | null } | null> {
  const print = fingerprint(secret.trim());
  const spent = (await spentSecretsItem.getValue()).find(
    (s) => s.fingerprint === print && s.clientId !== clientId,
  );
  return spent ? { clientId: spent.clientId, appName: spent.appName } : null;
}

/** Own keys only: a record keyed by ids must never answer `__proto__` or `constructor`. */
function own<T>(record: Record<string, T>, key: string): T | null {
  return Object.hasOwn(record, key) ? (record[key] ?? null) : null;
}

export async function getRotation(rotationId: string): Promise<Rotation | null> {
  return own(await rotationsItem.getValue(), rotationId);
}

export async function getSecret(rotationId: string): Promise<SecretRecord | null> {
  return own(await secretsItem.getValue(), rotationId);
}

export type ApplyResult = { ok: true; rotation: Rotation } | { ok: false; reason: string };

export async function applyEvent(
  rotationId: string,
  event: RotationEvent,
  now = Date.now(),
): Promise<ApplyResult> {
  const rotations = await rotationsItem.getValue();
  const current = own(rotations, rotationId);
  if (!current) return { ok: false, reason: i18n.t('background.handoffMissing') };
  const result = transition(current, event, now);
  if (!result.ok) return result;
  await rotationsItem.setValue({ ...rotations, [rotationId]: result.rotation });
  if (!holdsSecret(result.rotation.status)) await wipeSecret(rotationId);
  // The history outlives pruning: each ending (and each failure) is written once, as it happens.
  if (result.rotation.status !== current.status) await recordHistory(result.rotation);
  return result;
}

async function wipeSecret(rotationId: string): Promise<void> {
  const secrets = await secretsItem.getValue();
  if (rotationId in secrets) {
    const { [rotationId]: _wiped, ...rest } = secrets;
    await secretsItem.setValue(rest);
  }
  await browser.alarms.clear(expiryAlarmName(rotationId));
}

/** Expires every overdue hand-off, and drops any secret whose rotation is gone or finished. Run inside `exclusive`. */
export async function sweepExpired(now = Date.now()): Promise<void> {
  const unpaired = await unpairedSecretItem.getValue();
  if (unpaired && unpaired.expiresAt <= now) await unpairedSecretItem.setValue(null);
  const rotations = await rotationsItem.getValue();
  for (const rotation of Object.values(rotations)) {
    if (isDue(rotation, now)) await applyEvent(rotation.id, { type: 'expire' }, now);
  }
  const live = await rotationsItem.getValue();
  for (const rotationId of Object.keys(await secretsItem.getValue())) {
    const rotation = live[rotationId];
    if (!rotation || !holdsSecret(rotation.status)) await wipeSecret(rotationId);
  }
}

/** Finished rotations are kept for the popup's history, without secrets, up to a limit. */
export async function pruneHistory(keep = 20): Promise<void> {
  const rotations = Object.values(await rotationsItem.getValue());
  const finished = rotations
    .filter((r) => !holdsSecret(r.status))
    .sort((a, b) => b.updatedAt - a.updatedAt);
  const drop = new Set(finished.slice(keep).map((r) => r.id));
  if (drop.size === 0) return;
  await rotationsItem.setValue(
    Object.fromEntries(rotations.filter((r) => !drop.has(r.id)).map((r) => [r.id, r])),
  );
}
