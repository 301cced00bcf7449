/**
 * The background half of the two context-menu fallbacks, through the functions the menu's
 * click listener calls, on WXT's fake browser. (The content-script half runs in Chromium in
 * tests/e2e/fallbacks.spec.ts.)
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MENU_FILL_HERE,
  MENU_USE_SELECTION,
  menuItems,
  onMenuClick,
  registerContextMenus,
} from '../../utils/background/context-menus';
import { fillHere } from '../../utils/background/fill-here';
import { pairUnpairedSecret, useSelectionAsSecret } from '../../utils/background/selection-capture';
import {
  DEFAULT_SETTINGS,
  rotationsItem,
  secretsItem,
  settingsItem,
  unpairedSecretItem,
} from '../../utils/core/storage';

const CONSOLE_URL = 'https://sellercentral.amazon.de/sellingpartner/developerconsole';
const VA_URL = 'https://app.vendorauto.com/instances';
const ID = `amzn1.application-oa2-client.${'ab'.repeat(16)}`;
const OTHER_ID = `amzn1.application-oa2-client.${'cd'.repeat(16)}`;
const SECRET = `amzn1.oa2-cs.v1.${'9f'.repeat(32)}`;
const OTHER_SECRET = `amzn1.oa2-cs.v1.${'a1'.repeat(32)}`;

type Sent = { tabId: number; message: { type: string } & Record<string, unknown> };
let sent: Sent[];
let replies: Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  replies = {};
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    tabId: number,
    message: Sent['message'],
  ) => {
    sent.push({ tabId, message });
    return replies[message.type];
  }) as never);
  vi.spyOn(fakeBrowser.alarms, 'create').mockResolvedValue(undefined as never);
  vi.spyOn(fakeBrowser.alarms, 'clear').mockResolvedValue(true as never);
});

describe('registration', () => {
  it('offers "Use selected text" on console pages only and "Fill here" on VendorAuto only', async () => {
    const created: unknown[] = [];
    Object.assign(fakeBrowser, {
      contextMenus: {
        removeAll: vi.fn(async () => undefined),
        create: vi.fn((item: unknown) => created.push(item)),
      },
    });
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      customVendorAutoOrigins: ['https://va.example-customer.com'],
    });
    await registerContextMenus();
    expect(created).toEqual(await menuItems());
    const [selection, fill] = await menuItems();
    expect(selection).toMatchObject({ id: MENU_USE_SELECTION, contexts: ['selection'] });
    expect(selection?.documentUrlPatterns).toContain(
      'https://sellercentral.amazon.de/sellingpartner/developerconsole*',
    );
    expect(
      selection?.documentUrlPatterns.every((p) => p.endsWith('/sellingpartner/developerconsole*')),
    ).toBe(true);
    expect(selection?.documentUrlPatterns.some((p) => p.includes('vendorauto'))).toBe(false);
    expect(fill).toMatchObject({ id: MENU_FILL_HERE, contexts: ['editable'] });
    expect(fill?.documentUrlPatterns).toEqual([
      'https://vendorauto.com/*',
      'https://*.vendorauto.com/*',
      'https://va.example-customer.com/*',
    ]);
  });
});

describe('"Use selected text as the new LWA secret"', () => {
  it('pairs a valid selection with the Client ID the page shows and keeps it in session storage only', async () => {
    replies['console/page-client-id'] = { clientId: ID };
    const result = await useSelectionAsSecret(`  ${SECRET}\n`, 4, CONSOLE_URL);
    expect(result).toEqual({ ok: true });
    expect(Object.values(await secretsItem.getValue())).toEqual([
      expect.objectContaining({ clientId: ID, secret: SECRET }),
    ]);
    expect(Object.values(await rotationsItem.getValue())).toEqual([
      expect.objectContaining({
        clientId: ID,
        status: 'captured',
        consoleOrigin: 'https://sellercentral.amazon.de',
      }),
    ]);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(SECRET);
    expect(sent.at(-1)).toEqual({
      tabId: 4,
      message: { type: 'console/selection-captured', ok: true, message: '' },
    });
  });

  it.each([
    [ID, /Client ID, not the client secret/],
    [SECRET.slice(0, 50), /incomplete/],
    ['Atzr|IwEBIFakeRefreshToken', /token/],
    ['', /Nothing was selected/],
  ])('refuses %j with a reason and stores nothing', async (selection, reason) => {
    replies['console/page-client-id'] = { clientId: ID };
    const result = await useSelectionAsSecret(selection, 4, CONSOLE_URL);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(reason) });
    expect(await secretsItem.getValue()).toEqual({});
    expect(sent.at(-1)?.message).toMatchObject({ type: 'console/selection-captured', ok: false });
  });

  it('refuses the secret already taken for another app (a stale clipboard), and keeps no trace of it but a fingerprint', async () => {
    replies['console/page-client-id'] = { clientId: ID };
    expect(await useSelectionAsSecret(SECRET, 4, CONSOLE_URL)).toEqual({ ok: true });
    replies['console/page-client-id'] = { clientId: OTHER_ID };
    expect(await useSelectionAsSecret(SECRET, 4, CONSOLE_URL)).toMatchObject({
      ok: false,
      message: expect.stringContaining('already took this secret for'),
    });
    expect(Object.values(await secretsItem.getValue())).toEqual([
      expect.objectContaining({ clientId: ID, secret: SECRET }),
    ]);
    // The same app's own secret again is no stale clipboard; another app's own secret is fine.
    replies['console/page-client-id'] = { clientId: ID };
    expect(await useSelectionAsSecret(SECRET, 4, CONSOLE_URL)).toEqual({ ok: true });
    replies['console/page-client-id'] = { clientId: OTHER_ID };
    expect(await useSelectionAsSecret(OTHER_SECRET, 4, CONSOLE_URL)).toEqual({ ok: true });
    const session = JSON.stringify(await fakeBrowser.storage.session.get('spentSecrets'));
    expect(session).not.toContain(SECRET.slice(16));
  });

  it('off the console, refuses and keeps nothing', async () => {
    expect(
      await useSelectionAsSecret(SECRET, 4, 'https://sellercentral.amazon.de/home'),
    ).toMatchObject({ ok: false });
    expect(await secretsItem.getValue()).toEqual({});
    expect(await unpairedSecretItem.getValue()).toBeNull();
  });

  it('where the page shows no Client ID, keeps the secret in memory until the popup names its app', async () => {
    replies['console/page-client-id'] = { clientId: null };
    expect(await useSelectionAsSecret(SECRET, 4, CONSOLE_URL)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/popup/),
    });
    expect(await secretsItem.getValue()).toEqual({});
    expect(await unpairedSecretItem.getValue()).toMatchObject({
      secret: SECRET,
      consoleOrigin: 'https://sellercentral.amazon.de',
    });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(SECRET);

    expect(await pairUnpairedSecret(ID)).toEqual({ ok: true });
    expect(await unpairedSecretItem.getValue()).toBeNull();
    expect(Object.values(await secretsItem.getValue())).toEqual([
      expect.objectContaining({ clientId: ID, secret: SECRET }),
    ]);
    expect(await pairUnpairedSecret(ID)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/expired/),
    });
  });

  it('an unpaired selection expires like a hand-off', async () => {
    replies['console/page-client-id'] = { clientId: null };
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, handoffMinutes: 5 });
    await useSelectionAsSecret(SECRET, 4, CONSOLE_URL);
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 6 * 60_000);
    expect(await pairUnpairedSecret(ID)).toMatchObject({ ok: false });
    expect(await unpairedSecretItem.getValue()).toBeNull();
    expect(await secretsItem.getValue()).toEqual({});
  });

  it('ignores clicks inside embedded frames', async () => {
    const result = await onMenuClick(
      {
        menuItemId: MENU_USE_SELECTION,
        frameId: 3,
        selectionText: SECRET,
        editable: false,
        modifiers: [],
      },
      {
        id: 4,
        url: CONSOLE_URL,
      } as never,
    );
    expect(result.ok).toBe(false);
    expect(sent).toEqual([]);
  });
});

describe('"Fill the new LWA secret here"', () => {
  async function capture(clientId: string, secret = SECRET) {
    replies['console/page-client-id'] = { clientId };
    await useSelectionAsSecret(secret, 4, CONSOLE_URL);
  }

  it('sends nothing to a VendorAuto address the user has not confirmed as theirs', async () => {
    await capture(ID);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 9, url: VA_URL } as never);
    replies['vendorauto/field-context'] = { fillable: true, clientIds: [ID] };
    replies['vendorauto/fill'] = { ok: true };
    const result = await fillHere(9, VA_URL);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining('Trust app.vendorauto.com'),
    });
    expect(sent.some((s) => s.message.type === 'vendorauto/fill')).toBe(false);
  });

  it('fills the field of the instance whose Client ID its form shows', async () => {
    await capture(ID);
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      trustedVendorAutoOrigins: ['https://app.vendorauto.com'],
    });
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 9, url: VA_URL } as never);
    replies['vendorauto/field-context'] = { fillable: true, clientIds: [ID] };
    replies['vendorauto/fill'] = { ok: true };
    expect(await fillHere(9, VA_URL)).toEqual({ ok: true });
    const fill = sent.find((s) => s.message.type === 'vendorauto/fill');
    expect(fill).toEqual({
      tabId: 9,
      message: expect.objectContaining({
        clientId: ID,
        secret: SECRET,
        target: 'context-field',
        origin: 'https://app.vendorauto.com',
      }),
    });
    expect(Object.values(await rotationsItem.getValue())[0]).toMatchObject({
      status: 'filled',
      tabId: 9,
    });
  });

  it('refuses a form that shows another instance, a page that is not VendorAuto, and a non-editable target', async () => {
    await capture(ID);
    replies['vendorauto/field-context'] = { fillable: true, clientIds: [OTHER_ID] };
    expect(await fillHere(9, VA_URL)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/No captured secret/),
    });
    expect(await fillHere(9, 'https://vendorauto.com.evil.example/instances')).toMatchObject({
      ok: false,
    });
    replies['vendorauto/field-context'] = { fillable: false, clientIds: [] };
    expect(await fillHere(9, VA_URL)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/editable field/),
    });
    expect(sent.some((s) => s.message.type === 'vendorauto/fill')).toBe(false);
  });

  it('will not choose between several waiting secrets when the form shows no Client ID', async () => {
    await capture(ID);
    await capture(OTHER_ID, OTHER_SECRET);
    replies['vendorauto/field-context'] = { fillable: true, clientIds: [] };
    expect(await fillHere(9, VA_URL)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Several/),
    });
    expect(sent.some((s) => s.message.type === 'vendorauto/fill')).toBe(false);
  });
});
