/** Finding and focusing the tabs the popup works with. Needs host access for their origins. */
import browser, { type Tabs } from 'webextension-polyfill';
import { CONSOLE_PATH, originMatchPattern, VENDORAUTO_MATCHES } from '../core/hosts';
import { getSettings } from '../core/storage';

export type VendorAutoTab = {
  id: number;
  title: string;
  url: string;
  origin: string;
  active: boolean;
};

export async function findVendorAutoTabs(): Promise<VendorAutoTab[]> {
  const { customVendorAutoOrigins } = await getSettings();
  const patterns = [...VENDORAUTO_MATCHES, ...customVendorAutoOrigins.map(originMatchPattern)];
  const tabs = await browser.tabs.query({ url: patterns });
  return tabs
    .filter(
      (tab): tab is Tabs.Tab & { id: number; url: string } => tab.id !== undefined && !!tab.url,
    )
    .map((tab) => ({
      id: tab.id,
      title: tab.title || tab.url,
      url: tab.url,
      origin: new URL(tab.url).origin,
      active: tab.active,
    }));
}

export async function focusTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}

/** Focuses an open VendorAuto tab, or opens VendorAuto at the user's address. */
export async function openVendorAuto(): Promise<void> {
  const [open] = await findVendorAutoTabs();
  if (open) return focusTab(open.id);
  const { customVendorAutoOrigins } = await getSettings();
  await browser.tabs.create({ url: `${customVendorAutoOrigins[0] ?? 'https://vendorauto.com'}/` });
}

/** Focuses a tab already on that console, or opens its Developer Console page. */
export async function openConsole(origin: string): Promise<void> {
  const [open] = await browser.tabs.query({ url: `${origin}${CONSOLE_PATH}*` });
  if (open?.id !== undefined) return focusTab(open.id);
  await browser.tabs.create({ url: `${origin}${CONSOLE_PATH}` });
}

/**
 * The page the user is looking at. Where the popup itself runs in a tab (pinned, or opened from
 * its address), that is the tab the user came from: the one used most recently besides it.
 */
export async function activeTabId(): Promise<number | null> {
  const self = await browser.tabs.getCurrent();
  const tabs = (await browser.tabs.query({ currentWindow: true })).filter((t) => t.id !== self?.id);
  const tab =
    tabs.find((t) => t.active) ??
    tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return tab?.id ?? null;
}
