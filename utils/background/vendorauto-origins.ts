/**
 * VendorAuto's addresses as the background sees them: vendorauto.com and its subdomains are
 * built in; an address the user added in Settings (utils/options/custom-origins.ts) counts once
 * its permission is granted, and gets the VendorAuto content script registered at run time.
 */

import browser from 'webextension-polyfill';
import { i18n } from '#i18n';
import { isBuiltInVendorAutoOrigin, originMatchPattern, toHttpsOrigin } from '../core/hosts';
import type { CommandResult } from '../core/messages';
import { getLocalSettings, getSettings, settingsItem } from '../core/storage';

const CUSTOM_SCRIPT_ID = 'vendorauto-custom-origins';
const VENDORAUTO_SCRIPT_FILE = 'content-scripts/vendorauto.js';

export async function isVendorAutoOrigin(origin: string): Promise<boolean> {
  if (isBuiltInVendorAutoOrigin(origin)) return true;
  const { customVendorAutoOrigins } = await getSettings();
  return customVendorAutoOrigins.includes(origin);
}

/**
 * The origins that may receive a secret: a VendorAuto origin the user confirmed as theirs in
 * extension UI (or typed in Settings), or one an organisation's managed policy names (merged in
 * by getSettings, utils/core/managed.ts). Other pages on VendorAuto hosts — a help site, a blog, a
 * forgotten subdomain — never do.
 */
export async function isTrustedVendorAutoOrigin(origin: string): Promise<boolean> {
  if (!(await isVendorAutoOrigin(origin))) return false;
  const { trustedVendorAutoOrigins, customVendorAutoOrigins } = await getSettings();
  return trustedVendorAutoOrigins.includes(origin) || customVendorAutoOrigins.includes(origin);
}

/** Why nothing went to `origin` (or to a tab with no readable address), and what the user can do. */
export function untrustedOriginMessage(origin: string | null): string {
  if (!origin) return i18n.t('background.untrustedTab');
  return i18n.t('background.untrustedOrigin', { origin, host: new URL(origin).host });
}

/** The popup's "Trust app.vendorauto.com": only a VendorAuto origin can be trusted, and only whole. */
export async function trustVendorAutoOrigin(origin: string): Promise<CommandResult> {
  if (toHttpsOrigin(origin) !== origin || !(await isVendorAutoOrigin(origin)))
    return { ok: false, message: i18n.t('background.unknownVendorAuto', { origin }) };
  // Written over the user's own settings: a policy's values must not stick after it is lifted.
  const settings = await getLocalSettings();
  if (!settings.trustedVendorAutoOrigins.includes(origin))
    await settingsItem.setValue({
      ...settings,
      trustedVendorAutoOrigins: [...settings.trustedVendorAutoOrigins, origin],
    });
  return { ok: true };
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
