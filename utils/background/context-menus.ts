/**
 * Fallbacks for pages the extension does not recognise: "Use selected text as the new LWA
 * secret" on console pages and "Fill the new LWA secret here" on VendorAuto. They run the same
 * checks as the automatic path: validated values, top frame of an allowed origin, the Client ID
 * the page shows, one VendorAuto tab.
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import {
  CONSOLE_MATCHES,
  isConsoleUrl,
  originMatchPattern,
  originOf,
  VENDORAUTO_MATCHES,
} from '../core/hosts';
import { explainSecretProblem } from '../core/lwa';
import {
  type CommandResult,
  type ConsoleRequest,
  fieldContextSchema,
  pageClientIdSchema,
} from '../core/messages';
import { isLive } from '../core/rotation';
import { getSettings, rotationsItem, unpairedSecretItem } from '../core/storage';
import { recordCaptured } from './console-records';
import { exclusive } from './exclusive';
import { fillInVendorAuto } from './handoff';
import { sweepExpired } from './rotation-store';
import { isVendorAutoOrigin } from './vendorauto-origins';

export const MENU_USE_SELECTION = 'use-selection-as-secret';
export const MENU_FILL_HERE = 'fill-secret-here';

export type MenuItem = {
  id: string;
  title: string;
  contexts: Menus.ContextType[];
  documentUrlPatterns: string[];
};

export async function menuItems(): Promise<MenuItem[]> {
  const { customVendorAutoOrigins } = await getSettings();
  return [
    {
      id: MENU_USE_SELECTION,
      title: 'Use selected text as the new LWA secret',
      contexts: ['selection'],
      documentUrlPatterns: CONSOLE_MATCHES,
    },
    {
      id: MENU_FILL_HERE,
      title: 'Fill the new LWA secret here',
      contexts: ['editable'],
      documentUrlPatterns: [
        ...VENDORAUTO_MATCHES,
        ...customVendorAutoOrigins.map(originMatchPattern),
      ],
    },
  ];
}

export async function registerContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of await menuItems()) browser.contextMenus.create(item);
}

export async function onMenuClick(
  info: Menus.OnClickData,
  tab: Tabs.Tab | undefined,
): Promise<CommandResult> {
  const tabId = tab?.id;
  // Frames can be anyone's: only the tab's own document counts.
  if (tabId === undefined || (info.frameId ?? 0) !== 0)
    return { ok: false, message: 'Use the menu on the page itself, not inside an embedded frame.' };
  if (info.menuItemId === MENU_USE_SELECTION)
    return useSelectionAsSecret(info.selectionText ?? '', tabId, tab?.url);
  if (info.menuItemId === MENU_FILL_HERE) return fillHere(tabId, tab?.url);
  return { ok: false, message: 'Unknown menu item.' };
}

async function tellConsole(tabId: number, result: CommandResult): Promise<CommandResult> {
  const message: ConsoleRequest = {
    type: 'console/selection-captured',
    ok: result.ok,
    message: result.ok ? '' : result.message,
  };
  await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
  return result;
}

export async function useSelectionAsSecret(
  selection: string,
  tabId: number,
  url: string | undefined,
): Promise<CommandResult> {
  const origin = originOf(url);
  if (!origin || !isConsoleUrl(url))
    return { ok: false, message: 'This works on Amazon’s Developer Console only.' };
  const problem = explainSecretProblem(selection);
  if (problem) return tellConsole(tabId, { ok: false, message: problem });
  const reply = await browser.tabs
    .sendMessage(tabId, { type: 'console/page-client-id' } satisfies ConsoleRequest, { frameId: 0 })
    .catch(() => null);
  const parsed = pageClientIdSchema.safeParse(reply);
  const clientId = parsed.success ? parsed.data.clientId : null;
  if (!clientId) {
    // No Client ID on the page: keep the secret (memory only) until the user picks its app in the popup.
    const { handoffMinutes } = await getSettings();
    const now = Date.now();
    await unpairedSecretItem.setValue({
      secret: selection.trim(),
      consoleOrigin: origin,
      capturedAt: now,
      expiresAt: now + handoffMinutes * 60_000,
    });
    return tellConsole(tabId, {
      ok: false,
      message:
        'No Client ID is on this page: open the extension’s popup and choose which app this secret is for.',
    });
  }
  await recordCaptured(
    { type: 'console/captured', clientId, secret: selection.trim(), app: null, newDeadline: null },
    origin,
  );
  return tellConsole(tabId, { ok: true });
}

/** The popup's answer for a selection made where no Client ID was shown. */
export async function pairUnpairedSecret(clientId: string): Promise<CommandResult> {
  const unpaired = await exclusive(async () => {
    await sweepExpired();
    const value = await unpairedSecretItem.getValue();
    await unpairedSecretItem.setValue(null);
    return value;
  });
  if (!unpaired)
    return { ok: false, message: 'That selection has expired; select the new secret again.' };
  await recordCaptured(
    { type: 'console/captured', clientId, secret: unpaired.secret, app: null, newDeadline: null },
    unpaired.consoleOrigin,
  );
  return { ok: true };
}

export async function fillHere(tabId: number, url: string | undefined): Promise<CommandResult> {
  const origin = originOf(url);
  if (!origin || !(await isVendorAutoOrigin(origin)))
    return { ok: false, message: 'This works on VendorAuto only.' };
  const reply = await browser.tabs
    .sendMessage(tabId, { type: 'vendorauto/field-context' }, { frameId: 0 })
    .catch(() => null);
  const context = fieldContextSchema.safeParse(reply);
  if (!context.success || !context.data.fillable)
    return { ok: false, message: 'Right-click an editable field of VendorAuto’s form.' };
  const live = await exclusive(async () =>
    Object.values(await rotationsItem.getValue()).filter((r) => isLive(r, Date.now())),
  );
  // The form's own Client ID picks the rotation; with none shown, only a single waiting secret may go.
  const shown = context.data.clientIds;
  const candidates = shown.length > 0 ? live.filter((r) => shown.includes(r.clientId)) : live;
  if (candidates.length === 0)
    return {
      ok: false,
      message: 'No captured secret waits for this instance. Rotate it in Amazon’s console first.',
    };
  if (candidates.length > 1)
    return {
      ok: false,
      message: 'Several captured secrets wait; use “Fill in VendorAuto” in the popup to choose.',
    };
  const [rotation] = candidates;
  return rotation
    ? fillInVendorAuto(rotation.id, tabId, 'context-field')
    : { ok: false, message: 'Nothing to fill.' };
}
