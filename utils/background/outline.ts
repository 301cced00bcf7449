/**
 * "Copy page outline": the background takes a redacted outline of a console or VendorAuto tab
 * for the outline page, and opens that page. The builder (entrypoints/outline-builder.ts) is
 * injected into the tab only when an outline is asked for, so the content scripts do not carry
 * it; and whatever the content script answers is checked for leaks again here before any
 * extension page sees it.
 */

import browser, { type Runtime } from 'webextension-polyfill';
import { i18n } from '#i18n';
import { isConsoleUrl, originOf } from '../core/hosts';
import {
  type CommandResult,
  type OutlineResult,
  outlineAnswerSchema,
  pageOutlineSchema,
} from '../core/messages';
import { findLeaks } from '../core/outline-leaks';
import { quietFailure } from '../core/quiet-failure';
import { topFrameSender } from '../core/senders';
import { sendToTab } from './tab-messages';
import { isVendorAutoOrigin } from './vendorauto-origins';

const BUILDER_FILE = '/outline-builder.js';
const OUTLINE_PAGE = '/outline.html';

const notThisPage = (): OutlineResult => ({
  ok: false,
  message: i18n.t('background.outline.notThisPage'),
});
const noAnswer = (): OutlineResult => ({
  ok: false,
  message: i18n.t('background.outline.noAnswer'),
});

async function isOutlinePage(url: string | undefined): Promise<boolean> {
  const origin = originOf(url);
  return !!origin && (isConsoleUrl(url) || (await isVendorAutoOrigin(origin)));
}

/** The outline of `tabId`'s page as JSON text, or why there is none. */
export async function outlineOfTab(tabId: number): Promise<OutlineResult> {
  // A closed tab is answered like any tab that is not the right site.
  const tab = await browser.tabs.get(tabId).catch(quietFailure('tab-closed'));
  if (!tab || !(await isOutlinePage(tab.url))) return notThisPage();
  const injected = await browser.scripting
    .executeScript({ target: { tabId, frameIds: [0] }, files: [BUILDER_FILE] })
    .then(() => true, quietFailure('outline-builder'));
  if (!injected) return noAnswer();
  const answer = await sendToTab({ tabId }, { type: 'outline/request' }, outlineAnswerSchema);
  return answer ? checkedOutline(answer.outline) : noAnswer();
}

/**
 * The last gate before an outline is shown to the user and copied: it must be an outline, and
 * hold nothing that looks like a Client ID, secret, App ID, e-mail or date. The builder should
 * never let one through; if it did, nothing is shown rather than something.
 */
export function checkedOutline(json: string): OutlineResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return noAnswer();
  }
  if (!pageOutlineSchema.safeParse(value).success) return noAnswer();
  const leaks = findLeaks(json);
  if (leaks.length > 0) {
    const kinds = [...new Set(leaks.map((leak) => leak.kind))].join(', ');
    return {
      ok: false,
      message: i18n.t('background.outline.leak', { kinds }),
    };
  }
  return { ok: true, outline: json };
}

/** The outline page for `tabId`, opened next to it. */
export async function openOutlinePage(tabId: number): Promise<CommandResult> {
  const url = `${browser.runtime.getURL(OUTLINE_PAGE)}?tab=${tabId}`;
  await browser.tabs.create({ url, openerTabId: tabId });
  return { ok: true };
}

/**
 * The guide's "Copy page outline": only a content script in the top frame of a console or
 * VendorAuto page may ask, and only for its own tab (never a tab id it names).
 */
export async function openOutlineFor(sender: Runtime.MessageSender): Promise<CommandResult> {
  const tab = topFrameSender(sender, () => true);
  if (!tab || !(await isOutlinePage(tab.url))) return notThisPage();
  return openOutlinePage(tab.tabId);
}
