import browser from 'webextension-polyfill';
import { quietFailure } from '../core/quiet-failure';

/** A system notification; never carries a secret. */
export async function notify(
  title: string,
  message: string,
  id = `lwa-${Date.now()}`,
): Promise<void> {
  await browser.notifications
    .create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message })
    .catch(quietFailure('notification'));
}
