/**
 * What happened to each rotation, kept after finished rotations are pruned: per app, for the
 * popup and the CSV export in Settings. Never a secret: Client IDs and origins are not secret.
 */
import { storage } from 'wxt/utils/storage';
import { fallbackOf } from './fallback';
import type { Rotation } from './rotation';

export type HistoryOutcome = 'confirmed' | 'expired' | 'discarded' | 'failed';

export type HistoryEntry = {
  rotationId: string;
  /** When the rotation ended (ms since the epoch). */
  date: number;
  appName: string | null;
  clientId: string;
  consoleOrigin: string;
  vendorAutoOrigin: string | null;
  outcome: HistoryOutcome;
  evidence: 'said' | 'closed' | null;
  /** Why it stopped, in words for the user (never the secret). */
  problem: string | null;
};

export const HISTORY_LIMIT = 500;

export const historyItem = storage.defineItem<HistoryEntry[]>('local:history', {
  fallback: fallbackOf([]),
});

const ENDINGS: readonly string[] = ['confirmed', 'expired', 'discarded', 'failed'];

export function isHistoryOutcome(status: Rotation['status']): status is HistoryOutcome {
  return ENDINGS.includes(status);
}

/** Newest first, at most HISTORY_LIMIT: the oldest entries go first. */
export function withEntry(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [entry, ...history].slice(0, HISTORY_LIMIT);
}

/** Each app's entries (by Client ID), newest first. */
export function historyByApp(history: readonly HistoryEntry[]): Map<string, HistoryEntry[]> {
  const byApp = new Map<string, HistoryEntry[]>();
  for (const entry of [...history].sort((a, b) => b.date - a.date)) {
    byApp.set(entry.clientId, [...(byApp.get(entry.clientId) ?? []), entry]);
  }
  return byApp;
}
