import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { i18n } from '#i18n';
import { refreshBadge } from '../utils/background/badge';
import { recordCaptured } from '../utils/background/capture';
import {
  recordClientIdViewed,
  recordConsolePage,
  setNotice,
} from '../utils/background/console-records';
import {
  MENU_USE_SELECTION,
  onMenuClick,
  registerContextMenus,
} from '../utils/background/context-menus';
import {
  continueForClientId,
  continueInVendorAuto,
  onTabChanged,
  onVendorAutoPage,
  returnToConsoleIfMoreDue,
  runNextFill,
} from '../utils/background/continue';
import { exclusive } from '../utils/background/exclusive';
import { discardRotation, fillInVendorAuto, takeOutcome } from '../utils/background/handoff';
import { onNotificationClicked } from '../utils/background/notification-clicks';
import { notify } from '../utils/background/notify';
import { openOutlineFor, outlineOfTab } from '../utils/background/outline';
import { usePastedSecret } from '../utils/background/paste-capture';
import { mirrorPolicy } from '../utils/background/policy-mirror';
import {
  checkReminders,
  checkRotationRemindersNow,
  REMINDER_ALARM,
  scheduleReminders,
} from '../utils/background/reminders';
import { isExpiryAlarm, pruneHistory, sweepExpired } from '../utils/background/rotation-store';
import { pairUnpairedSecret } from '../utils/background/selection-capture';
import { showGuideIn } from '../utils/background/show-guide';
import {
  isTrustedVendorAutoOrigin,
  isVendorAutoOrigin,
  syncCustomContentScript,
  trustVendorAutoOrigin,
} from '../utils/background/vendorauto-origins';
import { isConsoleUrl } from '../utils/core/hosts';
import {
  type CommandResult,
  type ConsoleMessage,
  consoleMessageSchema,
  type ExtensionPageMessage,
  extensionPageMessageSchema,
  type OutlineResult,
  outlineOpenSchema,
  type ReadyAnswer,
  vendorAutoMessageSchema,
} from '../utils/core/messages';
import { quietFailure } from '../utils/core/quiet-failure';
import { isExtensionSender, topFrameSender } from '../utils/core/senders';
import { appsItem, rotationsItem, settingsItem, unpairedSecretItem } from '../utils/core/storage';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    route(message, sender),
  );

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    const result = await onMenuClick(info, tab);
    // The console page shows its own card; elsewhere a notification says why nothing happened.
    if (!result.ok && info.menuItemId !== MENU_USE_SELECTION)
      await notify(i18n.t('notify.nothingFilled'), result.message);
  });
  // A VendorAuto address added in options: its permission is granted before the setting is saved.
  settingsItem.watch(() => {
    void registerContextMenus();
    void syncCustomContentScript().catch(quietFailure('custom-content-script'));
  });

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === REMINDER_ALARM) await checkReminders();
    else if (isExpiryAlarm(alarm.name)) {
      await exclusive(() => sweepExpired());
      await checkRotationRemindersNow();
    }
  });
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));

  browser.runtime.onStartup.addListener(() => void startUp());
  browser.runtime.onInstalled.addListener(() => void startUp());
  browser.permissions.onAdded.addListener(() => void syncCustomContentScript());
  browser.permissions.onRemoved.addListener(() => void syncCustomContentScript());
  // A consent to fill is bound to its tab's origin: leaving it, or closing the tab, ends it.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void onTabChanged(tabId, change.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => void onTabChanged(tabId, null));
  rotationsItem.watch(() => void refreshBadge());
  appsItem.watch(() => void refreshBadge());
  // A restarted service worker must still expire what came due while it slept.
  void exclusive(() => sweepExpired());
  void mirrorPolicy().catch(quietFailure('policy-mirror'));
  browser.storage.onChanged.addListener((_, area) => {
    if (area === 'managed') void mirrorPolicy().catch(quietFailure('policy-mirror'));
  });
});

async function startUp(): Promise<void> {
  await exclusive(async () => {
    await sweepExpired();
    await pruneHistory();
  });
  await scheduleReminders();
  await syncCustomContentScript().catch(quietFailure('custom-content-script'));
  await registerContextMenus();
  await refreshBadge();
}

async function route(
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<CommandResult | OutlineResult | ReadyAnswer | undefined> {
  if (isExtensionSender(sender)) return fromExtensionPage(message);
  // Either site's guide: "Copy page outline" opens the outline page for the sender's own tab.
  if (outlineOpenSchema.safeParse(message).success) return openOutlineFor(sender);

  const consoleTab = topFrameSender(sender, () => isConsoleUrl(sender.url));
  if (consoleTab) {
    const parsed = consoleMessageSchema.safeParse(message);
    return parsed.success ? fromConsole(parsed.data, consoleTab.origin) : undefined;
  }

  const parsed = vendorAutoMessageSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const tab = topFrameSender(sender, () => true);
  if (!tab || !(await isVendorAutoOrigin(tab.origin))) return undefined;
  switch (parsed.data.type) {
    case 'vendorauto/request-fill':
      return fillInVendorAuto(parsed.data.rotationId, tab.tabId);
    case 'vendorauto/ready':
      return onVendorAutoPage(tab.tabId, tab.origin, tab.url, parsed.data.kind, tab.documentId);
    case 'vendorauto/outcome':
      // Only the user's own VendorAuto may say what happened to a secret it was given.
      if (!(await isTrustedVendorAutoOrigin(tab.origin))) return undefined;
      await takeOutcome(parsed.data, tab.tabId);
      // The next secret waiting for this tab goes once this one is settled; with none waiting
      // and more apps due, the console comes back for the next rotation.
      if (parsed.data.outcome !== 'filled') await runNextFill(tab.tabId);
      if (parsed.data.outcome === 'saved') await returnToConsoleIfMoreDue(parsed.data.rotationId);
      return undefined;
  }
}

async function fromExtensionPage(
  message: unknown,
): Promise<CommandResult | OutlineResult | undefined> {
  const parsed = extensionPageMessageSchema.safeParse(message);
  if (!parsed.success) return { ok: false, message: i18n.t('background.notUnderstood') };
  const command: ExtensionPageMessage = parsed.data;
  switch (command.type) {
    case 'popup/fill':
      return continueInVendorAuto(command.rotationId, command.tabId);
    case 'popup/discard':
      return discardRotation(command.rotationId);
    case 'popup/trust-origin':
      return trustVendorAutoOrigin(command.origin);
    case 'popup/show-guide':
      return showGuideIn(command.tabId);
    case 'popup/pair-selection':
      return pairUnpairedSecret(command.clientId);
    case 'popup/paste-secret':
      return usePastedSecret(command.secret, command.tabId);
    case 'popup/discard-selection':
      await unpairedSecretItem.setValue(null);
      return { ok: true };
    case 'popup/outline':
      return outlineOfTab(command.tabId);
  }
}

async function fromConsole(
  message: ConsoleMessage,
  origin: string,
): Promise<CommandResult | undefined> {
  switch (message.type) {
    case 'console/continue':
      return continueForClientId(message.clientId);
    case 'console/page':
      await recordConsolePage(message, origin);
      return undefined;
    case 'console/client-id-viewed':
      await recordClientIdViewed(message.clientId, message.app, origin);
      return undefined;
    case 'console/captured':
      await recordCaptured(message, origin);
      return undefined;
    case 'console/awaiting-reveal':
      await setNotice(origin, i18n.t('background.awaitingReveal'));
      return undefined;
    case 'console/problem':
      await setNotice(origin, message.reason);
      return undefined;
    case 'console/rotation-confirmed':
    case 'console/rotation-cancelled':
      await setNotice(origin, null);
      return undefined;
  }
}
