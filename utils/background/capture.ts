/**
 * A new secret captured on a console page (automatically, or from a selection) becomes a
 * rotation: the app it belongs to is looked up, the secret goes to storage.session, and the
 * console's notice is cleared.
 */
import type { ConsoleMessage } from '../core/messages';
import type { Rotation } from '../core/rotation';
import { appKey, appsItem, getSettingsAsMirrored, type KnownApp } from '../core/storage';
import { setNotice } from './console-records';
import { exclusive } from './exclusive';
import { recordCapture } from './rotation-store';

export async function recordCaptured(
  message: Extract<ConsoleMessage, { type: 'console/captured' }>,
  origin: string,
  now = Date.now(),
): Promise<Rotation> {
  // The page named the app and its ID: the known apps (a 1,000-app record) needn't be read
  // while the new secret waits to be held.
  const [{ handoffMinutes }, known] = await Promise.all([
    getSettingsAsMirrored(),
    message.app?.appId ? null : findApp(message.clientId, message.app, origin),
  ]);
  const rotation = await exclusive(() =>
    recordCapture(
      {
        clientId: message.clientId,
        appName: message.app?.name ?? known?.name ?? null,
        appId: message.app?.appId ?? known?.appId ?? null,
        consoleOrigin: origin,
        newDeadline: message.newDeadline,
        now,
        ttlMs: handoffMinutes * 60_000,
      },
      message.secret,
    ),
  );
  await setNotice(origin, null, now);
  return rotation;
}

async function findApp(
  clientId: string,
  app: { name: string; appId: string | null } | null,
  origin: string,
): Promise<KnownApp | null> {
  const apps = await appsItem.getValue();
  if (app) {
    const byKey = apps[appKey(app, origin)];
    if (byKey) return byKey;
  }
  return Object.values(apps).find((known) => known.clientId === clientId) ?? null;
}
