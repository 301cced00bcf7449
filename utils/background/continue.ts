/**
 * "Continue in VendorAuto": one click from the console's card (or the popup) takes the new
 * secret the rest of the way. The click is the user's consent for this one hand-off, bound to
 * one tab, its origin and the rotation: the user's VendorAuto tab is focused (or opened where
 * its Instances page was last seen) and the fill runs as soon as that page shows its
 * instances, through the same checks as every hand-off. The consent lapses with the hand-off's
 * time limit, on navigation to another origin, and after one fill. Only a trusted origin is
 * ever opened or filled; with none yet, the extension's own page asks the user to confirm one.
 */

import browser from 'webextension-polyfill';
import { i18n } from '#i18n';
import { CONSOLE_PATH, originOf } from '../core/hosts';
import type { CommandResult, ReadyAnswer } from '../core/messages';
import { quietFailure } from '../core/quiet-failure';
import { isLive, type Rotation } from '../core/rotation';
import {
  appsItem,
  consentsItem,
  type FillConsent,
  getSettings,
  rotationsItem,
  vendorAutoSeenItem,
} from '../core/storage';
import { exclusive } from './exclusive';
import { fillInVendorAuto } from './handoff';
import { getRotation } from './rotation-store';
import { isTrustedVendorAutoOrigin, untrustedOriginMessage } from './vendorauto-origins';
import {
  forgetVendorAutoTab,
  noteVendorAutoTab,
  type PageKind,
  pageKindOf,
} from './vendorauto-tabs';

export async function continueInVendorAuto(
  rotationId: string,
  chosenTabId: number | null,
): Promise<CommandResult> {
  const rotation = await getRotation(rotationId);
  if (!rotation || !isLive(rotation, Date.now()))
    return {
      ok: false,
      message: i18n.t('background.handoffGone'),
    };
  const tab = await destinationTab(chosenTabId);
  if (!tab.ok) return tab;
  await exclusive(async () => {
    const consents = { ...(await consentsItem.getValue()) };
    // One consent per rotation; a new click replaces the old one (another tab, say).
    consents[rotationId] = {
      rotationId,
      tabId: tab.tabId,
      origin: tab.origin,
      givenAt: Date.now(),
      expiresAt: rotation.expiresAt,
    };
    await consentsItem.setValue(consents);
  });
  await focusTab(tab.tabId);
  const kind = pageKindOf(tab.tabId);
  if (kind === 'instances') return runNextFill(tab.tabId);
  // The consent waits for the Instances page; say what the tab needs meanwhile.
  if (kind === 'login')
    return {
      ok: false,
      message: i18n.t('background.continue.logIn'),
    };
  if (kind === 'other')
    return {
      ok: false,
      message: i18n.t('background.continue.notInstances'),
    };
  return { ok: true };
}

type Destination = { ok: true; tabId: number; origin: string } | { ok: false; message: string };

/** The chosen tab, else an open tab of a trusted VendorAuto origin, else a new one where its Instances page was seen. */
async function destinationTab(chosenTabId: number | null): Promise<Destination> {
  if (chosenTabId !== null) {
    const tab = await browser.tabs.get(chosenTabId).catch(quietFailure('tab-closed'));
    const origin = originOf(tab?.url);
    if (!origin || !(await isTrustedVendorAutoOrigin(origin)))
      return {
        ok: false,
        message: untrustedOriginMessage(origin),
      };
    return { ok: true, tabId: chosenTabId, origin };
  }
  const trusted = await trustedOrigins();
  if (trusted.length === 0) {
    // Which address is the user's VendorAuto is theirs to say, in extension UI.
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html?page=1') });
    return {
      ok: false,
      message: i18n.t('background.continue.confirmAddress'),
    };
  }
  const open = await browser.tabs.query({ url: trusted.map((origin) => `${origin}/*`) });
  const seen = await vendorAutoSeenItem.getValue();
  const best =
    open.find((tab) => tab.id !== undefined && pageKindOf(tab.id) === 'instances') ??
    open.find((tab) => tab.active) ??
    open[0];
  if (best?.id !== undefined && best.url) {
    const origin = originOf(best.url);
    if (origin) return { ok: true, tabId: best.id, origin };
  }
  const origin = seen && trusted.includes(seen.origin) ? seen.origin : (trusted[0] as string);
  const url = seen?.origin === origin && seen.instancesUrl ? seen.instancesUrl : `${origin}/`;
  const created = await browser.tabs.create({ url });
  if (created.id === undefined)
    return { ok: false, message: i18n.t('background.continue.notOpened') };
  return { ok: true, tabId: created.id, origin };
}

async function trustedOrigins(): Promise<string[]> {
  const { trustedVendorAutoOrigins, customVendorAutoOrigins } = await getSettings();
  const all = [...new Set([...trustedVendorAutoOrigins, ...customVendorAutoOrigins])];
  const checked: string[] = [];
  for (const origin of all) if (await isTrustedVendorAutoOrigin(origin)) checked.push(origin);
  return checked;
}

async function focusTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true }).catch(quietFailure('tab-closed'));
  if (tab?.windowId !== undefined)
    await browser.windows.update(tab.windowId, { focused: true }).catch(quietFailure('tab-closed'));
}

/**
 * A VendorAuto tab says what it shows now. Its Instances page is remembered (to open it next
 * time), and a waiting consent for this tab and origin runs its fill.
 */
export async function onVendorAutoPage(
  tabId: number,
  origin: string,
  url: string,
  kind: PageKind,
  documentId: string | null,
): Promise<ReadyAnswer> {
  noteVendorAutoTab(tabId, { kind, origin, documentId });
  if (kind === 'instances' && (await isTrustedVendorAutoOrigin(origin)))
    await vendorAutoSeenItem.setValue({ origin, instancesUrl: url, seenAt: Date.now() });
  if (kind === 'instances') {
    // The page answers first; the fill request follows as its own message.
    void runNextFill(tabId);
    return { waiting: false };
  }
  const consents = await liveConsents();
  return { waiting: Object.values(consents).some((c) => c.tabId === tabId && c.origin === origin) };
}

/** The oldest live consent for this tab runs, once; the others wait for its outcome. */
export async function runNextFill(tabId: number): Promise<CommandResult> {
  const consent = await exclusive(async () => {
    const consents = await liveConsents();
    const mine = Object.values(consents)
      .filter((c) => c.tabId === tabId)
      .sort((a, b) => a.givenAt - b.givenAt)[0];
    if (!mine) return null;
    const rotations = await rotationsItem.getValue();
    // One instance at a time: wait while another rotation is being filled in this tab.
    const busy = Object.values(rotations).some(
      (r) =>
        r.tabId === tabId &&
        (r.status === 'handed-off' || r.status === 'filled') &&
        isLive(r, Date.now()),
    );
    if (busy) return null;
    const { [mine.rotationId]: _used, ...rest } = consents;
    await consentsItem.setValue(rest);
    return mine;
  });
  if (!consent) return { ok: true };
  const tab = await browser.tabs.get(tabId).catch(quietFailure('tab-closed'));
  if (originOf(tab?.url) !== consent.origin)
    return { ok: false, message: i18n.t('background.continue.tabMoved') };
  return fillInVendorAuto(consent.rotationId, tabId);
}

/** Consents still within their time limit and for a rotation that still holds its secret. */
async function liveConsents(): Promise<Record<string, FillConsent>> {
  const now = Date.now();
  const [consents, rotations] = await Promise.all([
    consentsItem.getValue(),
    rotationsItem.getValue(),
  ]);
  const live = Object.fromEntries(
    Object.entries(consents).filter(([id, c]) => {
      const rotation: Rotation | undefined = Object.hasOwn(rotations, id)
        ? rotations[id]
        : undefined;
      return c.expiresAt > now && rotation !== undefined && isLive(rotation, now);
    }),
  );
  if (Object.keys(live).length !== Object.keys(consents).length) await consentsItem.setValue(live);
  return live;
}

/** A tab that leaves the consent's origin (or closes) takes the consent with it. */
export async function onTabChanged(tabId: number, url: string | null): Promise<void> {
  const origin = url === null ? null : originOf(url);
  if (url === null) forgetVendorAutoTab(tabId);
  await exclusive(async () => {
    const consents = await consentsItem.getValue();
    const kept = Object.fromEntries(
      Object.entries(consents).filter(([, c]) => c.tabId !== tabId || c.origin === origin),
    );
    if (Object.keys(kept).length !== Object.keys(consents).length)
      await consentsItem.setValue(kept);
  });
}

/** The console card's button: the newest live rotation for that Client ID continues. */
export async function continueForClientId(clientId: string): Promise<CommandResult> {
  const live = Object.values(await rotationsItem.getValue())
    .filter((r) => r.clientId === clientId && isLive(r, Date.now()))
    .sort((a, b) => b.capturedAt - a.capturedAt);
  const [newest] = live;
  if (!newest) return { ok: false, message: i18n.t('background.continue.nothingWaits') };
  return continueInVendorAuto(newest.id, null);
}

/** Long enough to read VendorAuto's "Client Secret updated" before the console comes back. */
const RETURN_AFTER_MS = 1500;

/**
 * VendorAuto saved one secret and the same console still has apps due: its tab comes forward
 * again, so the next rotation starts where the last one did, without a tab switch by hand.
 */
export async function returnToConsoleIfMoreDue(rotationId: string): Promise<void> {
  const rotations = await rotationsItem.getValue();
  const rotation = Object.hasOwn(rotations, rotationId) ? rotations[rotationId] : undefined;
  if (rotation?.status !== 'confirmed') return;
  // Another secret is on its way into VendorAuto: the user stays there.
  const busy = Object.values(rotations).some(
    (r) => (r.status === 'handed-off' || r.status === 'filled') && isLive(r, Date.now()),
  );
  if (busy || Object.keys(await liveConsents()).length > 0) return;
  const apps = Object.values(await appsItem.getValue());
  const due = apps.some(
    (app) =>
      app.consoleOrigin === rotation.consoleOrigin &&
      app.alert &&
      !app.rotatedAt &&
      app.clientId !== rotation.clientId,
  );
  if (!due) return;
  const [tab] = await browser.tabs.query({ url: `${rotation.consoleOrigin}${CONSOLE_PATH}*` });
  if (tab?.id === undefined) return;
  const tabId = tab.id;
  setTimeout(() => void focusTab(tabId), RETURN_AFTER_MS);
}
