/** Writes a history entry when a rotation ends (utils/core/history.ts); never the secret. */
import browser from 'webextension-polyfill';
import { type HistoryEntry, historyItem, isHistoryOutcome, withEntry } from '../core/history';
import { originOf } from '../core/hosts';
import { quietFailure } from '../core/quiet-failure';
import type { Rotation } from '../core/rotation';
import { consentsItem } from '../core/storage';
import { isVendorAutoOrigin } from './vendorauto-origins';

/** Where the secret went: the consented origin, else the hand-off tab's, if it is VendorAuto. */
async function vendorAutoOriginOf(rotation: Rotation): Promise<string | null> {
  const consent = Object.values(await consentsItem.getValue()).find(
    (c) => c.rotationId === rotation.id,
  );
  if (consent) return consent.origin;
  if (rotation.tabId === null) return null;
  const tab = await browser.tabs.get(rotation.tabId).catch(quietFailure('tab-closed'));
  const origin = originOf(tab?.url);
  return origin && (await isVendorAutoOrigin(origin)) ? origin : null;
}

export async function recordHistory(rotation: Rotation): Promise<void> {
  if (!isHistoryOutcome(rotation.status)) return;
  const entry: HistoryEntry = {
    rotationId: rotation.id,
    date: rotation.updatedAt,
    appName: rotation.appName,
    clientId: rotation.clientId,
    consoleOrigin: rotation.consoleOrigin,
    vendorAutoOrigin: await vendorAutoOriginOf(rotation),
    outcome: rotation.status,
    evidence: rotation.savedEvidence ?? null,
    problem: rotation.problem,
  };
  await historyItem.setValue(withEntry(await historyItem.getValue(), entry));
}
