/**
 * What the console content script reports, kept as records the popup can list: apps with
 * their deadlines per console, and each console's state and notice.
 */
import { daysBetween, toIsoDate } from '../core/deadline';
import type { ConsoleMessage } from '../core/messages';
import type { Rotation } from '../core/rotation';
import { appKey, appsItem, type ConsoleStatus, consoleStatusItem } from '../core/storage';
import { exclusiveRecords } from './exclusive';

type PageReport = Extract<ConsoleMessage, { type: 'console/page' }>;

export async function recordConsolePage(
  report: PageReport,
  origin: string,
  now = Date.now(),
): Promise<void> {
  await exclusiveRecords(async () => {
    const apps = { ...(await appsItem.getValue()) };
    for (const app of report.apps) {
      const key = appKey(app, origin);
      const known = apps[key];
      apps[key] = {
        ...app,
        // The table rarely shows Client IDs; keep the one learned from the credentials view.
        clientId: app.clientId ?? known?.clientId ?? null,
        consoleOrigin: origin,
        seenAt: now,
        rotatedAt: known?.rotatedAt ?? null,
      };
    }
    await appsItem.setValue(apps);
    await setConsoleStatus(origin, now, {
      layout: report.layout,
      addAppClient: report.addAppClient,
      banner: report.banner?.text ?? null,
    });
  });
}

export async function recordClientIdViewed(
  clientId: string,
  app: { name: string; appId: string | null } | null,
  origin: string,
): Promise<void> {
  if (!app) return;
  await exclusiveRecords(async () => {
    const apps = await appsItem.getValue();
    const known = apps[appKey(app, origin)];
    if (!known) return;
    await appsItem.setValue({ ...apps, [appKey(app, origin)]: { ...known, clientId } });
  });
}

export async function setNotice(
  origin: string,
  notice: string | null,
  now = Date.now(),
): Promise<void> {
  await exclusiveRecords(() => setConsoleStatus(origin, now, { notice }));
}

/** After VendorAuto saved the new secret: the app is current again until the new deadline. */
export async function markAppRotated(rotation: Rotation, now = Date.now()): Promise<void> {
  await exclusiveRecords(async () => {
    const apps = { ...(await appsItem.getValue()) };
    for (const [key, app] of Object.entries(apps)) {
      if (app.clientId !== rotation.clientId && !(rotation.appId && app.appId === rotation.appId))
        continue;
      apps[key] = {
        ...app,
        clientId: rotation.clientId,
        alert: false,
        rotatedAt: now,
        deadline: {
          date: rotation.newDeadline,
          daysLeft: daysBetween(toIsoDate(new Date(now)), rotation.newDeadline),
        },
      };
    }
    await appsItem.setValue(apps);
  });
}

async function setConsoleStatus(
  origin: string,
  now: number,
  changes: Partial<Omit<ConsoleStatus, 'origin' | 'seenAt'>>,
): Promise<void> {
  const statuses = await consoleStatusItem.getValue();
  const previous = statuses[origin] ?? {
    origin,
    layout: 'apps' as const,
    addAppClient: 'absent' as const,
    banner: null,
    notice: null,
    seenAt: now,
  };
  await consoleStatusItem.setValue({
    ...statuses,
    [origin]: { ...previous, ...changes, seenAt: now },
  });
}
