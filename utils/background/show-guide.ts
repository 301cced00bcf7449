/** Asks the content script in a console or VendorAuto tab to show its on-page guide. */

import browser from 'webextension-polyfill';
import { i18n } from '#i18n';
import { isConsoleUrl, originOf } from '../core/hosts';
import type { CommandResult } from '../core/messages';
import { quietFailure } from '../core/quiet-failure';
import { getSettings } from '../core/storage';
import { z } from '../core/zod';
import { sendToTab } from './tab-messages';
import { isVendorAutoOrigin } from './vendorauto-origins';

export async function showGuideIn(tabId: number): Promise<CommandResult> {
  if (!(await getSettings()).guidesEnabled)
    return { ok: false, message: i18n.t('background.guide.off') };
  // A closed tab is answered below like any tab that is not the right site.
  const tab = await browser.tabs.get(tabId).catch(quietFailure('tab-closed'));
  const origin = originOf(tab?.url);
  const allowed = tab && origin && (isConsoleUrl(tab.url) || (await isVendorAutoOrigin(origin)));
  if (!allowed)
    return {
      ok: false,
      message: i18n.t('background.guide.wrongSite'),
    };
  const shown = await sendToTab({ tabId }, { type: 'guide/show' }, z.literal(true));
  return shown ? { ok: true } : { ok: false, message: i18n.t('background.guide.reload') };
}
