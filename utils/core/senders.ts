/**
 * Who a message came from. Content scripts are less trusted than extension pages, and a page
 * can host iframes: only the top frame of an allow-listed origin counts (Bitwarden's habit).
 */
import { browser } from '@wxt-dev/browser';
import type { Runtime } from 'webextension-polyfill';

export type TabSender = {
  tabId: number;
  origin: string;
  url: string;
  /** The sending document (Chrome), to address an answer to it alone. */
  documentId: string | null;
};

/** The tab and origin of a content script in a top frame whose origin passes `isAllowed`, else null. */
export function topFrameSender(
  sender: Runtime.MessageSender,
  isAllowed: (origin: string) => boolean,
): TabSender | null {
  if (sender.id !== browser.runtime.id) return null;
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0 || !sender.url) return null;
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return null;
  }
  // Chrome reports the document's origin separately; it must agree with the URL's.
  const reported = (sender as { origin?: string }).origin;
  if (reported !== undefined && reported !== origin) return null;
  const documentId = (sender as { documentId?: string }).documentId ?? null;
  return isAllowed(origin) ? { tabId, origin, url: sender.url, documentId } : null;
}

/** The extension's own pages and service worker, never a content script. */
export function isExtensionSender(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || !sender.url) return false;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  try {
    return new URL(sender.url).origin === extensionOrigin;
  } catch {
    return false;
  }
}
