/**
 * The one way the background talks to a content script: to a tab's top frame only (frames can
 * be anyone's), optionally to one document, and every answer checked against its schema. A tab
 * that is gone, navigated, or has no content script answers `null`, never an exception.
 */
import browser from 'webextension-polyfill';
import type { z } from '../core/zod';

export type TabAddress = { tabId: number; documentId?: string };

export async function sendToTab<Schema extends z.ZodMiniType>(
  address: TabAddress,
  message: unknown,
  answer: Schema,
): Promise<z.infer<Schema> | null> {
  const options: { frameId?: number; documentId?: string } = address.documentId
    ? { documentId: address.documentId }
    : { frameId: 0 };
  try {
    const reply: unknown = await browser.tabs.sendMessage(address.tabId, message, options);
    const parsed = answer.safeParse(reply);
    return parsed.success ? parsed.data : null;
  } catch {
    // No receiver: the tab closed, navigated, or its content script was never injected.
    return null;
  }
}
