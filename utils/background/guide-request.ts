/** Asks the content script in a console or VendorAuto tab to show its on-page guide. */
import browser from 'webextension-polyfill';
import { isConsoleUrl, originOf } from '../core/hosts';
import type { CommandResult } from '../core/messages';
import { isVendorAutoOrigin } from './vendorauto-origins';

export async function showGuideIn(tabId: number): Promise<CommandResult> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const origin = originOf(tab?.url);
  const allowed = tab && origin && (isConsoleUrl(tab.url) || (await isVendorAutoOrigin(origin)));
  if (!allowed)
    return {
      ok: false,
      message: 'The guide runs on Amazon’s Developer Console and on VendorAuto.',
    };
  const reply = await browser.tabs
    .sendMessage(tabId, { type: 'guide/show' }, { frameId: 0 })
    .catch(() => null);
  return reply ? { ok: true } : { ok: false, message: 'Reload the page and try again.' };
}
