/**
 * utils/background — the service worker's services, the only owner of state: captures become
 * rotations (capture.ts, rotation-store.ts), secrets go to one VendorAuto tab (this file,
 * tab-messages.ts), reminders, the badge, the right-click fallbacks. It never imports page,
 * popup or options code; it talks to them through the messages in utils/core/messages.ts.
 */
/**
 * Handing a captured secret to the VendorAuto tab the user chose, and taking its outcome.
 * The background is the only sender of a secret to a page: one tab, its top frame, after
 * checking the tab is on a VendorAuto origin.
 */

import browser from 'webextension-polyfill';
import { i18n } from '#i18n';
import { originOf } from '../core/hosts';
import {
  type CommandResult,
  type FillRequest,
  fillResponseSchema,
  type VendorAutoMessage,
} from '../core/messages';
import { quietFailure } from '../core/quiet-failure';
import { getSettings } from '../core/storage';
import { markAppRotated } from './console-records';
import { exclusive } from './exclusive';
import { applyEvent, getRotation, getSecret, sweepExpired } from './rotation-store';
import { sendToTab } from './tab-messages';
import {
  isTrustedVendorAutoOrigin,
  isVendorAutoOrigin,
  untrustedOriginMessage,
} from './vendorauto-origins';
import { documentOf } from './vendorauto-tabs';

const noAnswer = () => i18n.t('background.handoff.noAnswer');

export async function fillInVendorAuto(
  rotationId: string,
  tabId: number,
  target: FillRequest['target'] = 'instance',
): Promise<CommandResult> {
  const prepared = await exclusive(async () => {
    await sweepExpired();
    const rotation = await getRotation(rotationId);
    const secret = await getSecret(rotationId);
    if (!rotation || !secret)
      return {
        ok: false as const,
        message: i18n.t('background.handoffGone'),
      };
    // A closed tab is answered below like any tab that is not VendorAuto.
    const tab = await browser.tabs.get(tabId).catch(quietFailure('tab-closed'));
    const origin = originOf(tab?.url);
    if (!tab || !origin || !(await isVendorAutoOrigin(origin))) {
      return {
        ok: false as const,
        message: i18n.t('background.handoff.notVendorAuto'),
      };
    }
    if (!(await isTrustedVendorAutoOrigin(origin))) {
      return {
        ok: false as const,
        message: untrustedOriginMessage(origin),
      };
    }
    const handedOff = await applyEvent(rotationId, { type: 'hand-off', tabId });
    if (!handedOff.ok) return { ok: false as const, message: handedOff.reason };
    const { autoConfirm } = await getSettings();
    const request: FillRequest = {
      type: 'vendorauto/fill',
      rotationId,
      clientId: rotation.clientId,
      secret: secret.secret,
      origin,
      autoConfirm,
      target,
    };
    return { ok: true as const, request };
  });
  if (!prepared.ok) return prepared;

  // To the document that last reported from this origin, when known: a tab that navigated since gets nothing.
  const documentId = documentOf(tabId, prepared.request.origin);
  const reply = await sendToTab(
    documentId ? { tabId, documentId } : { tabId },
    prepared.request,
    fillResponseSchema,
  );
  return exclusive(async () => {
    if (!reply) {
      await applyEvent(rotationId, { type: 'failed', reason: noAnswer() });
      return { ok: false, message: noAnswer() };
    }
    if (!reply.ok) {
      await applyEvent(rotationId, { type: 'failed', reason: reply.message });
      return { ok: false, message: reply.message };
    }
    const filled = await applyEvent(rotationId, { type: 'filled' });
    return filled.ok ? { ok: true } : { ok: false, message: filled.reason };
  });
}

/** An outcome counts only from the tab the secret was handed to. */
export async function takeOutcome(
  message: Extract<VendorAutoMessage, { type: 'vendorauto/outcome' }>,
  senderTabId: number,
): Promise<void> {
  await exclusive(async () => {
    const rotation = await getRotation(message.rotationId);
    if (!rotation || rotation.tabId !== senderTabId) return;
    switch (message.outcome) {
      case 'filled':
        await applyEvent(rotation.id, { type: 'filled' });
        return;
      case 'saved': {
        const saved = await applyEvent(rotation.id, {
          type: 'saved',
          ...(message.evidence ? { evidence: message.evidence } : {}),
        });
        if (saved.ok) await markAppRotated(saved.rotation);
        return;
      }
      case 'cancelled':
        await applyEvent(rotation.id, { type: 'cancelled' });
        return;
      case 'save-error':
      case 'refused':
        await applyEvent(rotation.id, {
          type: 'failed',
          reason: message.detail ?? i18n.t('background.handoff.notSaved'),
        });
    }
  });
}

export async function discardRotation(rotationId: string): Promise<CommandResult> {
  return exclusive(async () => {
    const result = await applyEvent(rotationId, { type: 'discard' });
    return result.ok ? { ok: true } : { ok: false, message: result.reason };
  });
}
