import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { i18n } from '#i18n';
import type { CommandResult, ExtensionPageMessage } from '../utils/core/messages';
import { currentStep } from '../utils/core/steps';
import { consoleLabel } from '../utils/popup/format';
import { usePopupState } from '../utils/popup/state';
import {
  activeTabId,
  findVendorAutoTabs,
  openConsole,
  openVendorAuto,
  type VendorAutoTab,
} from '../utils/popup/tabs';
import { AppHistory } from './AppHistory';
import { AppList } from './AppList';
import { type HandoffActions, HandoffCard } from './HandoffCard';
import { HistoryList } from './HistoryList';
import { PasteSecretForm } from './PasteSecretForm';
import { StepsChecklist } from './StepsChecklist';
import { UnpairedSecretCard } from './UnpairedSecretCard';

async function command(message: ExtensionPageMessage): Promise<CommandResult> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as CommandResult | undefined;
    if (reply) return reply;
  } catch {
    // The service worker was restarting: the user is told to try again.
  }
  return { ok: false, message: i18n.t('common.noAnswer') };
}

export function Popup() {
  const state = usePopupState();
  const [tabs, setTabs] = useState<VendorAutoTab[]>([]);
  const [now, setNow] = useState(Date.now());
  const [guideMessage, setGuideMessage] = useState<string | null>(null);

  useEffect(() => {
    void findVendorAutoTabs().then(setTabs);
    setNow(Date.now());
  }, [state]);

  const actions: HandoffActions = {
    async fill(rotationId, tabId) {
      // The background focuses (or opens) the VendorAuto tab and fills once its Instances page shows.
      const result = await command({ type: 'popup/fill', rotationId, tabId });
      return result.ok ? null : result.message;
    },
    async trust(origin) {
      const result = await command({ type: 'popup/trust-origin', origin });
      return result.ok ? null : result.message;
    },
    openVendorAuto: () => void openVendorAuto(),
    discard: (rotationId) => void command({ type: 'popup/discard', rotationId }),
  };

  const blocked = state.consoles.filter((c) => c.addAppClient === 'disabled');
  const step = currentStep({
    blocked: blocked.length > 0,
    liveStatus: state.waiting[0]?.status ?? null,
  });
  const showGuide = async () => {
    const tabId = await activeTabId();
    const result = tabId === null ? null : await command({ type: 'popup/show-guide', tabId });
    setGuideMessage(
      result?.ok
        ? i18n.t('popup.guide.shown')
        : (result?.message ?? i18n.t('popup.guide.openSiteFirst')),
    );
  };
  const copyOutline = async () => {
    const tabId = await activeTabId();
    if (tabId === null) return setGuideMessage(i18n.t('popup.guide.openSiteFirst'));
    await browser.tabs.create({ url: `${browser.runtime.getURL('/outline.html')}?tab=${tabId}` });
  };
  const notices = state.consoles.filter((c) => c.notice || c.layout === 'unrecognised');

  return (
    <main class="popup">
      <header class="top">
        <h1>{i18n.t('extActionTitle')}</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('common.settings')}
        </button>
      </header>

      {blocked.map((c) => (
        <p key={c.origin} class="callout error" role="alert">
          <strong>{i18n.t('popup.blocked.stop')}</strong>{' '}
          {i18n.t('popup.blocked.detail', { console: consoleLabel(c.origin) })}
        </p>
      ))}
      {notices.map((c) => (
        <p key={`n-${c.origin}`} class="callout warning" role="status">
          {c.notice ?? i18n.t('popup.unrecognised', { console: consoleLabel(c.origin) })}
        </p>
      ))}
      {notices.some((c) => c.notice) && (
        <PasteSecretForm
          paste={async (secret) => {
            const tabId = await activeTabId();
            if (tabId === null) return i18n.t('popup.paste.noTab');
            const result = await command({ type: 'popup/paste-secret', secret, tabId });
            return result.ok ? null : result.message;
          }}
        />
      )}

      {!state.loaded ? (
        <p class="empty">{i18n.t('common.loading')}</p>
      ) : (
        <>
          {state.unpaired && (
            <UnpairedSecretCard
              unpaired={state.unpaired}
              apps={state.apps}
              now={now}
              pair={async (clientId) => {
                const result = await command({ type: 'popup/pair-selection', clientId });
                return result.ok ? null : result.message;
              }}
              discard={() => void command({ type: 'popup/discard-selection' })}
            />
          )}
          {state.waiting.length > 0 && (
            <section aria-labelledby="waiting-heading">
              <h2 id="waiting-heading">
                {i18n.t('popup.waiting.heading')}{' '}
                {state.waiting.length > 1 && <span class="count">{state.waiting.length}</span>}
              </h2>
              {state.waiting.map((handoff) => (
                <HandoffCard
                  key={handoff.id}
                  handoff={handoff}
                  tabs={tabs}
                  trustedOrigins={state.trustedOrigins}
                  actions={actions}
                  now={now}
                />
              ))}
            </section>
          )}
          <HistoryList rotations={state.finished.slice(0, 3)} />
          <section aria-labelledby="apps-heading">
            <h2 id="apps-heading">{i18n.t('popup.apps.heading')}</h2>
            <AppList
              apps={state.apps}
              waitingClientIds={new Set(state.waiting.map((w) => w.clientId))}
              openConsole={(origin) => void openConsole(origin)}
            />
          </section>
          <AppHistory history={state.history} />
          <StepsChecklist
            current={step}
            onShowGuide={() => void showGuide()}
            guideMessage={guideMessage}
            onCopyOutline={() => void copyOutline()}
          />
        </>
      )}
    </main>
  );
}
