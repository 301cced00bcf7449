/**
 * The two right-click fallbacks for pages the extension does not recognise: which menu items
 * exist, where they show, and which handler a click goes to. The handlers run the same checks
 * as the automatic path (selection-capture.ts, fill-here.ts).
 */

import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { i18n } from '#i18n';
import { CONSOLE_MATCHES, originMatchPattern, VENDORAUTO_MATCHES } from '../core/hosts';
import type { CommandResult } from '../core/messages';
import { getSettings } from '../core/storage';
import { fillHere } from './fill-here';
import { useSelectionAsSecret } from './selection-capture';

export const MENU_USE_SELECTION = 'use-selection-as-secret';
export const MENU_FILL_HERE = 'fill-secret-here';

export type MenuItem = {
  id: string;
  title: string;
  contexts: Menus.ContextType[];
  documentUrlPatterns: string[];
};

export async function menuItems(): Promise<MenuItem[]> {
  const { customVendorAutoOrigins } = await getSettings();
  return [
    {
      id: MENU_USE_SELECTION,
      title: i18n.t('menu.useSelection'),
      contexts: ['selection'],
      documentUrlPatterns: CONSOLE_MATCHES,
    },
    {
      id: MENU_FILL_HERE,
      title: i18n.t('menu.fillHere'),
      contexts: ['editable'],
      documentUrlPatterns: [
        ...VENDORAUTO_MATCHES,
        ...customVendorAutoOrigins.map(originMatchPattern),
      ],
    },
  ];
}

export async function registerContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of await menuItems()) browser.contextMenus.create(item);
}

export async function onMenuClick(
  info: Menus.OnClickData,
  tab: Tabs.Tab | undefined,
): Promise<CommandResult> {
  const tabId = tab?.id;
  // Frames can be anyone's: only the tab's own document counts.
  if (tabId === undefined || (info.frameId ?? 0) !== 0)
    return { ok: false, message: i18n.t('background.menu.notInFrame') };
  if (info.menuItemId === MENU_USE_SELECTION)
    return useSelectionAsSecret(info.selectionText ?? '', tabId, tab?.url);
  if (info.menuItemId === MENU_FILL_HERE) return fillHere(tabId, tab?.url);
  return { ok: false, message: i18n.t('background.menu.unknown') };
}
