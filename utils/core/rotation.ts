/**
 * utils/core — what every context shares and nothing else: the LWA value formats, dates and
 * deadlines, the rotation state machine (this file), the message protocol, the typed storage
 * items, the allowed hosts and the procedure's steps. Pure or storage-only: it never reads a
 * page and imports nothing outside utils/core (biome.json enforces it).
 */
/**
 * One app's secret rotation, from capture in Amazon's console to the save in VendorAuto.
 * Pure: no storage, no messaging, no clock of its own. The background feeds it events and
 * persists what it returns; the secret itself never passes through here.
 *
 *   captured -> handed-off -> filled -> confirmed
 *       ^           |           |
 *       +-----------+-----------+--> failed (retryable) / expired / discarded
 */
import { i18n } from '#i18n';
import { addDays, toIsoDate } from './deadline';
import { OLD_SECRET_GRACE_DAYS, ROTATION_PERIOD_DAYS } from './lwa';

export type RotationStatus =
  | 'captured'
  | 'handed-off'
  | 'filled'
  | 'failed'
  | 'confirmed'
  | 'expired'
  | 'discarded';

export type Rotation = {
  id: string;
  clientId: string;
  appName: string | null;
  appId: string | null;
  consoleOrigin: string;
  status: RotationStatus;
  capturedAt: number;
  /** When the secret is wiped if the hand-off has not completed. */
  expiresAt: number;
  updatedAt: number;
  /** The VendorAuto tab the user chose for the hand-off. */
  tabId: number | null;
  /** Why the last attempt stopped, in words for the user. */
  problem: string | null;
  /** The next rotation deadline Amazon set (yyyy-mm-dd); estimated when the page did not show it. */
  newDeadline: string;
  newDeadlineEstimated: boolean;
  /** Amazon keeps the old secret working for 7 days after a rotation. */
  oldSecretStopsOn: string;
  completedAt: number | null;
  /**
   * How the save was seen: VendorAuto said so ('said'), or its form closed after the user's
   * Confirm ('closed'). Neither proves VendorAuto's server kept it; the popup says which.
   */
  savedEvidence?: 'said' | 'closed' | null;
};

export type RotationEvent =
  | { type: 'hand-off'; tabId: number }
  | { type: 'filled' }
  | { type: 'saved'; evidence?: 'said' | 'closed' }
  | { type: 'cancelled' }
  | { type: 'failed'; reason: string }
  | { type: 'expire' }
  | { type: 'discard' };

export type Transition = { ok: true; rotation: Rotation } | { ok: false; reason: string };

const LIVE: readonly RotationStatus[] = ['captured', 'handed-off', 'filled', 'failed'];

/** While a rotation is live the secret is kept (in storage.session only); afterwards it is wiped. */
export function holdsSecret(status: RotationStatus): boolean {
  return LIVE.includes(status);
}

export type CaptureFacts = {
  id: string;
  clientId: string;
  appName: string | null;
  appId: string | null;
  consoleOrigin: string;
  newDeadline: string | null;
  now: number;
  ttlMs: number;
};

export function startRotation(facts: CaptureFacts): Rotation {
  const today = toIsoDate(new Date(facts.now));
  return {
    id: facts.id,
    clientId: facts.clientId,
    appName: facts.appName,
    appId: facts.appId,
    consoleOrigin: facts.consoleOrigin,
    status: 'captured',
    capturedAt: facts.now,
    expiresAt: facts.now + facts.ttlMs,
    updatedAt: facts.now,
    tabId: null,
    problem: null,
    newDeadline: facts.newDeadline ?? addDays(today, ROTATION_PERIOD_DAYS),
    newDeadlineEstimated: facts.newDeadline === null,
    oldSecretStopsOn: addDays(today, OLD_SECRET_GRACE_DAYS),
    completedAt: null,
  };
}

/** Which events each status accepts; anything else is refused with a reason. */
const ALLOWED: Record<RotationStatus, readonly RotationEvent['type'][]> = {
  captured: ['hand-off', 'expire', 'discard'],
  'handed-off': ['hand-off', 'filled', 'saved', 'cancelled', 'failed', 'expire', 'discard'],
  filled: ['hand-off', 'saved', 'cancelled', 'failed', 'expire', 'discard'],
  failed: ['hand-off', 'expire', 'discard'],
  confirmed: [],
  expired: [],
  discarded: [],
};

export function transition(rotation: Rotation, event: RotationEvent, now: number): Transition {
  if (!ALLOWED[rotation.status].includes(event.type)) {
    return {
      ok: false,
      reason: i18n.t('background.rotation.notAllowed', {
        status: rotation.status,
        event: event.type,
      }),
    };
  }
  if (
    holdsSecret(rotation.status) &&
    !['expire', 'discard'].includes(event.type) &&
    now >= rotation.expiresAt
  ) {
    return { ok: false, reason: i18n.t('background.rotation.expired') };
  }
  const next = (changes: Partial<Rotation>): Transition => ({
    ok: true,
    rotation: { ...rotation, ...changes, updatedAt: now },
  });
  switch (event.type) {
    case 'hand-off':
      return next({ status: 'handed-off', tabId: event.tabId, problem: null });
    case 'filled':
      return next({ status: 'filled' });
    case 'saved':
      return next({
        status: 'confirmed',
        problem: null,
        completedAt: now,
        savedEvidence: event.evidence ?? null,
      });
    case 'cancelled':
      return next({
        status: 'captured',
        tabId: null,
        problem: i18n.t('background.rotation.cancelled'),
      });
    case 'failed':
      return next({ status: 'failed', problem: event.reason });
    case 'expire':
      return next({
        status: 'expired',
        problem: i18n.t('background.rotation.wiped'),
      });
    case 'discard':
      return next({ status: 'discarded', problem: null });
  }
}

/** Its secret is kept and still within its time limit: a hand-off can go ahead. */
export function isLive(rotation: Rotation, now: number): boolean {
  return holdsSecret(rotation.status) && now < rotation.expiresAt;
}

export function isDue(rotation: Rotation, now: number): boolean {
  return holdsSecret(rotation.status) && now >= rotation.expiresAt;
}
