/**
 * utils/popup — what only the toolbar popup needs: its live state (this file), the tabs it can
 * hand off to, and the words it shows for times and deadlines. Rendered by components/.
 */
/**
 * Everything the popup shows, read from storage and kept live with watchers. The popup is an
 * extension page, so it may read storage.session; it keeps only the MASKED secret.
 */
import { useEffect, useState } from 'preact/hooks';
import { daysLeftNow } from '../core/days-left';
import { type HistoryEntry, historyItem } from '../core/history';
import { maskSecret } from '../core/lwa';
import { holdsSecret, isLive, type Rotation } from '../core/rotation';
import {
  appsItem,
  type ConsoleStatus,
  consoleStatusItem,
  getSettings,
  type KnownApp,
  rotationsItem,
  secretsItem,
  settingsItem,
  unpairedSecretItem,
} from '../core/storage';

export type WaitingHandoff = Rotation & { maskedSecret: string | null };
export type ListedApp = KnownApp & { daysLeft: number | null };

/** A selected secret waiting for the user to name its app; only its mask leaves storage. */
export type UnpairedView = { maskedSecret: string; consoleOrigin: string; expiresAt: number };

export type PopupState = {
  loaded: boolean;
  unpaired: UnpairedView | null;
  waiting: WaitingHandoff[];
  finished: Rotation[];
  apps: ListedApp[];
  consoles: ConsoleStatus[];
  /** VendorAuto origins the user confirmed as theirs (Settings' and a policy's addresses count too). */
  trustedOrigins: string[];
  /** Every app's past rotations (no secrets), newest first. */
  history: HistoryEntry[];
};

const EMPTY: PopupState = {
  loaded: false,
  unpaired: null,
  waiting: [],
  finished: [],
  apps: [],
  consoles: [],
  trustedOrigins: [],
  history: [],
};

export async function readPopupState(now = Date.now()): Promise<PopupState> {
  const [rotations, secrets, apps, consoles, unpaired, settings, history] = await Promise.all([
    rotationsItem.getValue(),
    secretsItem.getValue(),
    appsItem.getValue(),
    consoleStatusItem.getValue(),
    unpairedSecretItem.getValue(),
    getSettings(),
    historyItem.getValue(),
  ]);
  const all = Object.values(rotations).sort((a, b) => a.capturedAt - b.capturedAt);
  const waiting = all
    .filter((r) => isLive(r, now))
    .map((r) => {
      const secret = secrets[r.id]?.secret;
      return { ...r, maskedSecret: secret ? maskSecret(secret) : null };
    });
  const finished = all
    .filter((r) => !holdsSecret(r.status))
    .sort((a, b) => b.updatedAt - a.updatedAt);
  const listed = Object.values(apps)
    .map((app) => ({
      ...app,
      daysLeft: app.rotatedAt
        ? daysLeftNow(app.deadline, app.seenAt, now)
        : daysLeftNow(app.deadline, app.seenAt, now),
    }))
    .sort(byUrgency);
  return {
    loaded: true,
    unpaired:
      unpaired && unpaired.expiresAt > now
        ? {
            maskedSecret: maskSecret(unpaired.secret),
            consoleOrigin: unpaired.consoleOrigin,
            expiresAt: unpaired.expiresAt,
          }
        : null,
    waiting,
    finished,
    apps: listed,
    consoles: Object.values(consoles),
    trustedOrigins: [
      ...new Set([...settings.trustedVendorAutoOrigins, ...settings.customVendorAutoOrigins]),
    ],
    history,
  };
}

/** Alerts first, fewest days first; apps with no known deadline last, by name. */
function byUrgency(a: ListedApp, b: ListedApp): number {
  if (a.alert !== b.alert) return a.alert ? -1 : 1;
  const da = a.daysLeft ?? Number.POSITIVE_INFINITY;
  const db = b.daysLeft ?? Number.POSITIVE_INFINITY;
  return da !== db ? da - db : a.name.localeCompare(b.name);
}

export function usePopupState(): PopupState {
  const [state, setState] = useState<PopupState>(EMPTY);
  useEffect(() => {
    let alive = true;
    const refresh = () => void readPopupState().then((next) => alive && setState(next));
    refresh();
    const unwatch = [
      rotationsItem,
      secretsItem,
      appsItem,
      consoleStatusItem,
      unpairedSecretItem,
      settingsItem,
      historyItem,
    ].map((item) => item.watch(refresh));
    // Countdowns move on without storage changes.
    const timer = setInterval(refresh, 15_000);
    return () => {
      alive = false;
      clearInterval(timer);
      for (const stop of unwatch) stop();
    };
  }, []);
  return state;
}
