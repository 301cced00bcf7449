import { render } from 'preact';
import browser from 'webextension-polyfill';
import { i18n } from '#i18n';
import { OutlineDialog } from '../../components/OutlineDialog';
import type { ExtensionPageMessage, OutlineResult } from '../../utils/core/messages';
import '../../components/outline.css';
import { uiLanguage } from '../../utils/core/ui-language';

document.documentElement.lang = uiLanguage();
document.title = i18n.t('outline.pageTitle');

const tabParam = new URLSearchParams(location.search).get('tab') ?? '';
const tabId = /^\d{1,10}$/.test(tabParam) ? Number(tabParam) : null;

async function load(): Promise<OutlineResult> {
  if (tabId === null) return { ok: false, message: i18n.t('outline.noPage') };
  const request: ExtensionPageMessage = { type: 'popup/outline', tabId };
  try {
    const reply = (await browser.runtime.sendMessage(request)) as OutlineResult | undefined;
    if (reply) return reply;
  } catch {
    // The service worker was restarting: the user is told to try again.
  }
  return { ok: false, message: i18n.t('outline.noAnswer') };
}

const copy = (text: string) => navigator.clipboard.writeText(text);

const root = document.getElementById('app');
if (root) render(<OutlineDialog load={load} copy={copy} />, root);
