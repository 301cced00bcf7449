/**
 * VendorAuto's addresses: vendorauto.com and its subdomains are built in; a customer on another
 * address adds it in the options page, which grants that one origin at run time and registers
 * the VendorAuto content script there (research/vendorauto.md).
 */
import browser from 'webextension-polyfill';
import { isBuiltInVendorAutoOrigin, originMatchPattern } from '../core/hosts';
import { getSettings, settingsItem } from '../core/storage';

const CUSTOM_SCRIPT_ID = 'vendorauto-custom-origins';
const VENDORAUTO_SCRIPT_FILE = 'content-scripts/vendorauto.js';

export async function isVendorAutoOrigin(origin: string): Promise<boolean> {
  if (isBuiltInVendorAutoOrigin(origin)) return true;
  const { customVendorAutoOrigins } = await getSettings();
  return customVendorAutoOrigins.includes(origin);
}

export async function addCustomOrigin(origin: string): Promise<void> {
  const settings = await getSettings();
  if (settings.customVendorAutoOrigins.includes(origin)) return;
  await settingsItem.setValue({
    ...settings,
    customVendorAutoOrigins: [...settings.customVendorAutoOrigins, origin],
  });
}

export async function removeCustomOrigin(origin: string): Promise<void> {
  const settings = await getSettings();
  await settingsItem.setValue({
    ...settings,
    customVendorAutoOrigins: settings.customVendorAutoOrigins.filter((o) => o !== origin),
  });
  await browser.permissions.remove({ origins: [originMatchPattern(origin)] }).catch(() => false);
}

/** Keeps the run-time content script in step with the origins the user added and still grants. */
export async function syncCustomContentScript(): Promise<string[]> {
  const { customVendorAutoOrigins } = await getSettings();
  const granted: string[] = [];
  for (const origin of customVendorAutoOrigins) {
    if (await browser.permissions.contains({ origins: [originMatchPattern(origin)] }))
      granted.push(origin);
  }
  const registered = await browser.scripting.getRegisteredContentScripts({
    ids: [CUSTOM_SCRIPT_ID],
  });
  if (registered.length > 0)
    await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: CUSTOM_SCRIPT_ID,
        matches: granted.map(originMatchPattern),
        js: [VENDORAUTO_SCRIPT_FILE],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}
