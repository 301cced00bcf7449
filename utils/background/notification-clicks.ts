/**
 * A notification's id says what its click opens: `console|<origin>|…` focuses (or opens) that
 * Amazon console's Developer Console, where the user rotates or views the new secret again.
 */
import browser from 'webextension-polyfill';
import { CONSOLE_PATH, isConsoleOrigin } from '../core/hosts';
import { quietFailure } from '../core/quiet-failure';

export function consoleNotificationId(consoleOrigin: string, tag: string): string {
  return `console|${consoleOrigin}|${tag}`;
}

/** The console origin a notification opens, if its id names one (and it is a console). */
export function consoleOfNotification(notificationId: string): string | null {
  const [kind, origin] = notificationId.split('|');
  return kind === 'console' && origin && isConsoleOrigin(origin) ? origin : null;
}

export async function onNotificationClicked(notificationId: string): Promise<void> {
  const origin = consoleOfNotification(notificationId);
  if (!origin) return;
  await browser.notifications.clear(notificationId).catch(quietFailure('notification'));
  const [open] = await browser.tabs.query({ url: `${origin}${CONSOLE_PATH}*` });
  if (open?.id === undefined) {
    await browser.tabs.create({ url: `${origin}${CONSOLE_PATH}` });
    return;
  }
  const tab = await browser.tabs.update(open.id, { active: true });
  if (tab?.windowId !== undefined)
    await browser.windows.update(tab.windowId, { focused: true }).catch(quietFailure('tab-closed'));
}
