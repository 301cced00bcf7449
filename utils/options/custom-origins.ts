/**
 * A customer whose VendorAuto is not on vendorauto.com adds its address in Settings: the page
 * asks the browser for that one origin (on the user's click), then saves it here. The background
 * registers the content script there (utils/background/vendorauto-origins.ts).
 */
import browser from 'webextension-polyfill';
import { originMatchPattern } from '../core/hosts';
import { quietFailure } from '../core/quiet-failure';
import { getLocalSettings, settingsItem } from '../core/storage';

export async function addCustomOrigin(origin: string): Promise<void> {
  const settings = await getLocalSettings();
  if (settings.customVendorAutoOrigins.includes(origin)) return;
  await settingsItem.setValue({
    ...settings,
    customVendorAutoOrigins: [...settings.customVendorAutoOrigins, origin],
  });
}

export async function removeCustomOrigin(origin: string): Promise<void> {
  const settings = await getLocalSettings();
  await settingsItem.setValue({
    ...settings,
    customVendorAutoOrigins: settings.customVendorAutoOrigins.filter((o) => o !== origin),
  });
  // The address is gone from the list either way; a permission the browser already dropped needs no word.
  await browser.permissions
    .remove({ origins: [originMatchPattern(origin)] })
    .catch(quietFailure('permission-removal'));
}
