/**
 * "Use selected text as the new LWA secret": a secret the user selected on a console page
 * becomes a capture, paired with the Client ID the page shows, or held (memory only) until the
 * user names its app in the popup.
 */

import browser from 'webextension-polyfill';
import { i18n } from '#i18n';
import { isConsoleUrl, originOf } from '../core/hosts';
import { explainSecretProblem, shortClientId } from '../core/lwa';
import {
  type CommandResult,
  type ConsoleRequest,
  type PageClientId,
  pageClientIdSchema,
} from '../core/messages';
import { getSettingsAsMirrored, unpairedSecretItem } from '../core/storage';
import { z } from '../core/zod';
import { recordCaptured } from './capture';
import { exclusive } from './exclusive';
import { spentOnAnotherApp, sweepExpired, UNPAIRED_EXPIRY_ALARM } from './rotation-store';
import { sendToTab } from './tab-messages';

async function tellConsole(tabId: number, result: CommandResult): Promise<CommandResult> {
  const message: ConsoleRequest = {
    type: 'console/selection-captured',
    ok: result.ok,
    message: result.ok ? '' : result.message,
  };
  // The page's own card is a courtesy: the result also goes back to the caller.
  await sendToTab({ tabId }, message, z.unknown());
  return result;
}

export async function useSelectionAsSecret(
  selection: string,
  tabId: number,
  url: string | undefined,
  /** The page's answer to `console/page-client-id`, when the caller has just asked it. */
  asked?: PageClientId,
): Promise<CommandResult> {
  const origin = originOf(url);
  if (!origin || !isConsoleUrl(url))
    return { ok: false, message: i18n.t('background.selection.consoleOnly') };
  const problem = explainSecretProblem(selection);
  if (problem) return tellConsole(tabId, { ok: false, message: problem });
  const request: ConsoleRequest = { type: 'console/page-client-id' };
  const page = asked ?? (await sendToTab({ tabId }, request, pageClientIdSchema));
  const clientId = page?.clientId ?? null;
  const spent = await spentOnAnotherApp(selection, clientId);
  if (spent) {
    const app = spent.appName ?? shortClientId(spent.clientId);
    return tellConsole(tabId, {
      ok: false,
      message: i18n.t('background.selection.spent', { app }),
    });
  }
  if (!clientId) {
    // No Client ID on the page: keep the secret (memory only) until the user picks its app in the popup.
    const { handoffMinutes } = await getSettingsAsMirrored();
    const now = Date.now();
    const expiresAt = now + handoffMinutes * 60_000;
    await unpairedSecretItem.setValue({
      secret: selection.trim(),
      consoleOrigin: origin,
      capturedAt: now,
      expiresAt,
    });
    // Wiped on time even if no popup ever opens again, like a captured secret.
    await browser.alarms.create(UNPAIRED_EXPIRY_ALARM, { when: expiresAt });
    return tellConsole(tabId, {
      ok: false,
      message: i18n.t('background.selection.noClientId'),
    });
  }
  await recordCaptured(
    { type: 'console/captured', clientId, secret: selection.trim(), app: null, newDeadline: null },
    origin,
  );
  return tellConsole(tabId, { ok: true });
}

/** The popup's answer for a selection made where no Client ID was shown. */
export async function pairUnpairedSecret(clientId: string): Promise<CommandResult> {
  const unpaired = await exclusive(async () => {
    await sweepExpired();
    const value = await unpairedSecretItem.getValue();
    await unpairedSecretItem.setValue(null);
    return value;
  });
  if (!unpaired) return { ok: false, message: i18n.t('background.selection.expired') };
  await recordCaptured(
    { type: 'console/captured', clientId, secret: unpaired.secret, app: null, newDeadline: null },
    unpaired.consoleOrigin,
  );
  return { ok: true };
}
