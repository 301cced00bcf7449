/**
 * A content script's two lines to the background. Messages from anything but the extension's
 * own background or pages are ignored, and every listener is removed when `signal` aborts (the
 * extension was reloaded or the script invalidated).
 *
 * Content scripts talk to the browser's own promise-based API (Chrome MV3 and Firefox alike), not
 * through webextension-polyfill: its API table would be an eighth of each content script, on
 * every visit to the console. The one difference that matters here, answering a message, is
 * bridged below: the answer goes through `sendResponse`, which both browsers honour.
 */
import { browser } from '@wxt-dev/browser';
import type { Runtime } from 'webextension-polyfill';
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
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (answer: unknown) => void,
  ) => {
    const answer = isExtensionSender(sender) ? handle(message) : undefined;
    if (!answer) return false;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
