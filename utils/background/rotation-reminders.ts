/**
 * Reminders about one rotation, besides the deadline ones (reminders.ts): the day before Amazon
 * stops accepting the old secret when VendorAuto's save was never seen, and a captured secret
 * wiped unused. Each is said once per rotation; neither ever carries the secret.
 */
import { i18n } from '#i18n';
import { daysBetween, toIsoDate } from '../core/deadline';
import type { Rotation } from '../core/rotation';
import { rotationsItem } from '../core/storage';
import { consoleNotificationId } from './notification-clicks';
import { notify } from './notify';

/** A wipe older than this is not news (a rotation expired before this version was installed). */
const WIPED_NEWS_MS = 24 * 60 * 60 * 1000;

/** Only the newest rotation of each Client ID counts: an older one was replaced by a new secret. */
function newestPerClient(rotations: Rotation[]): Rotation[] {
  const newest = new Map<string, Rotation>();
  for (const rotation of rotations) {
    const known = newest.get(rotation.clientId);
    if (!known || rotation.capturedAt > known.capturedAt) newest.set(rotation.clientId, rotation);
  }
  return [...newest.values()];
}

const appLabel = (rotation: Rotation) =>
  rotation.appName ?? i18n.t('notify.theApp', { clientId: rotation.clientId });

/** Marks are keyed by rotation; marks of rotations no longer kept are dropped. */
export async function checkRotationReminders(
  reminded: Record<string, number>,
  now: number,
): Promise<Record<string, number>> {
  const rotations = Object.values(await rotationsItem.getValue());
  const kept = new Set(rotations.map((r) => r.id));
  const marks = Object.fromEntries(
    Object.entries(reminded).filter(([mark]) => {
      const [kind, id] = mark.split('|');
      return !(kind === 'old-secret' || kind === 'wiped') || kept.has(id ?? '');
    }),
  );
  const today = toIsoDate(new Date(now));
  for (const rotation of newestPerClient(rotations)) {
    const open = consoleNotificationId(rotation.consoleOrigin, rotation.id);
    const wipedMark = `wiped|${rotation.id}`;
    if (
      rotation.status === 'expired' &&
      now - rotation.updatedAt < WIPED_NEWS_MS &&
      marks[wipedMark] === undefined
    ) {
      marks[wipedMark] = now;
      await notify(
        i18n.t('notify.wiped.title', { app: appLabel(rotation) }),
        i18n.t('notify.wiped.body', { app: appLabel(rotation) }),
        `${open}|wiped`,
      );
    }
    const oldMark = `old-secret|${rotation.id}`;
    const daysLeft = daysBetween(today, rotation.oldSecretStopsOn);
    if (
      rotation.status !== 'confirmed' &&
      (daysLeft === 1 || daysLeft === 0) &&
      marks[oldMark] === undefined
    ) {
      marks[oldMark] = now;
      await notify(
        i18n.t('notify.oldSecret.title', { app: appLabel(rotation) }),
        daysLeft === 1
          ? i18n.t('notify.oldSecret.tomorrow', { app: appLabel(rotation) })
          : i18n.t('notify.oldSecret.today', { app: appLabel(rotation) }),
        `${open}|old-secret`,
      );
    }
  }
  return marks;
}
