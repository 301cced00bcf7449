/**
 * A secret the console let the user only copy (no text to select, no Show): pasted into the
 * popup, it becomes the capture of the rotation just confirmed in that console tab, through the
 * same checks and pairing as a selected secret. A paste is refused unless that page saw the
 * user confirm "Rotate secret" and is still waiting for the new one: a value copied before
 * rotating would be the old secret.
 */

import browser from 'webextension-polyfill';
import { i18n } from '#i18n';
import { isConsoleUrl } from '../core/hosts';
import { type CommandResult, type ConsoleRequest, pageClientIdSchema } from '../core/messages';
import { useSelectionAsSecret } from './selection-capture';
import { sendToTab } from './tab-messages';

export async function usePastedSecret(secret: string, tabId: number): Promise<CommandResult> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab || !isConsoleUrl(tab.url))
    return {
      ok: false,
      message: i18n.t('background.paste.notConsole'),
    };
  const request: ConsoleRequest = { type: 'console/page-client-id' };
  const page = await sendToTab({ tabId }, request, pageClientIdSchema);
  if (!page?.rotated)
    return {
      ok: false,
      message: i18n.t('background.paste.notRotated'),
    };
  return useSelectionAsSecret(secret, tabId, tab.url, page);
}
