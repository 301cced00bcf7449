/**
 * A content script's two lines to the background. Messages from anything but the extension's
 * own background or pages are ignored, and every listener is removed when `signal` aborts (the
 * extension was reloaded or the script invalidated).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { quietFailure } from '../core/quiet-failure';
import { isExtensionSender } from '../core/senders';

/** Tells the background; an invalidated extension context has nobody to tell, so failures stay quiet. */
export function tellBackground(message: unknown): void {
  void browser.runtime.sendMessage(message).catch(quietFailure('report-to-background'));
}

/** Asks the background and waits for its answer; `null` when there is no answer. */
export async function askBackground(message: unknown): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    return null;
  }
}

/** Answers messages from the extension itself; `handle` returns undefined for messages it does not take. */
export function onExtensionMessage(
  handle: (message: unknown) => Promise<unknown> | undefined,
  signal: AbortSignal,
): void {
  const listener = (message: unknown, sender: Runtime.MessageSender) =>
    isExtensionSender(sender) ? handle(message) : undefined;
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
