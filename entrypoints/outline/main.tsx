import { render } from 'preact';
import browser from 'webextension-polyfill';
import { OutlineDialog } from '../../components/OutlineDialog';
import type { ExtensionPageMessage, OutlineResult } from '../../utils/core/messages';
import '../../components/outline.css';

const tabParam = new URLSearchParams(location.search).get('tab') ?? '';
const tabId = /^\d{1,10}$/.test(tabParam) ? Number(tabParam) : null;

async function load(): Promise<OutlineResult> {
  if (tabId === null) return { ok: false, message: 'No page to outline.' };
  const request: ExtensionPageMessage = { type: 'popup/outline', tabId };
  try {
    const reply = (await browser.runtime.sendMessage(request)) as OutlineResult | undefined;
    if (reply) return reply;
  } catch {
    // The service worker was restarting: the user is told to try again.
  }
  return { ok: false, message: 'The extension did not answer. Reload this page to try again.' };
}

const copy = (text: string) => navigator.clipboard.writeText(text);

const root = document.getElementById('app');
if (root) render(<OutlineDialog load={load} copy={copy} />, root);
