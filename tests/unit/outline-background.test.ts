/**
 * The background's half of "Copy page outline", on WXT's fake browser: which tabs may be
 * outlined, that the builder goes to the top frame only, and that an answer holding anything
 * data-shaped is refused rather than shown, whatever the content script says.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openOutlineFor, outlineOfTab } from '../../utils/background/outline';
import { buildOutline } from '../../utils/content/outline/build';
import { DEFAULT_SETTINGS, settingsItem } from '../../utils/core/storage';

const CONSOLE_URL = 'https://sellercentral.amazon.de/sellingpartner/developerconsole';
const VA_URL = 'https://app.vendorauto.com/instances';
const CLIENT_ID = `amzn1.application-oa2-client.${'3f2a1ef5'.repeat(4)}`;
const SECRET = `amzn1.oa2-cs.v1.${'ab12'.repeat(16)}`;

let tabs: Record<number, string>;
let injected: { tabId: number; frameIds?: number[]; files: string[] }[];
let requests: { tabId: number; message: unknown; options: unknown }[];
let answer: unknown;

/** A genuine outline of a small console-like page, as the injected builder makes it. */
function cleanOutline(): string {
  document.body.innerHTML = `<table><tr><td>Northwind Inventory Sync</td><td>${CLIENT_ID}</td>
    <td><button>View</button></td></tr></table>`;
  return JSON.stringify(buildOutline(document, { site: 'amazon-console' }));
}

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.setValue(DEFAULT_SETTINGS);
  tabs = { 7: CONSOLE_URL, 8: VA_URL, 9: 'https://example.com/instances' };
  injected = [];
  requests = [];
  answer = { outline: cleanOutline() };
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async (tabId: number) => {
    if (!tabs[tabId]) throw new Error('No tab');
    return { id: tabId, url: tabs[tabId] };
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    tabId: number,
    message: unknown,
    options: unknown,
  ) => {
    requests.push({ tabId, message, options });
    return answer;
  }) as never);
  Object.assign(fakeBrowser, {
    scripting: {
      executeScript: vi.fn(async ({ target, files }) => {
        injected.push({ ...target, files });
        return [{ frameId: 0, result: true }];
      }),
    },
  });
});

describe('outlineOfTab', () => {
  it('injects the builder into the top frame, asks the top frame, and returns a clean outline', async () => {
    const result = await outlineOfTab(7);
    expect(result).toEqual({
      ok: true,
      outline: answer && (answer as { outline: string }).outline,
    });
    expect(injected).toEqual([{ tabId: 7, frameIds: [0], files: ['/outline-builder.js'] }]);
    expect(requests).toEqual([
      { tabId: 7, message: { type: 'outline/request' }, options: { frameId: 0 } },
    ]);
    expect(JSON.stringify(result)).not.toContain('Northwind');
    expect(JSON.stringify(result)).not.toContain(CLIENT_ID);
  });

  it('outlines VendorAuto too', async () => {
    expect((await outlineOfTab(8)).ok).toBe(true);
  });

  it.each([
    ['a Client ID', CLIENT_ID, 'client-id'],
    ['a secret', SECRET, 'secret'],
    ['an e-mail address', 'jane.doe@example.org', 'email'],
    ['a date', 'Dec 19, 2026', 'date'],
  ])('refuses an outline that still holds %s, and does not repeat it', async (_, value, kind) => {
    const leaking = JSON.parse(cleanOutline());
    leaking.root.children.push({ tag: 'p', children: [`Rotate by ${value}`] });
    answer = { outline: JSON.stringify(leaking) };
    const result = await outlineOfTab(7);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(kind);
    expect(result.message).toContain('not shown');
    expect(result.message).not.toContain(value);
  });

  it('refuses an answer that is not an outline, or is too big to be one', async () => {
    answer = { outline: JSON.stringify({ html: '<p>hello</p>' }) };
    expect((await outlineOfTab(7)).ok).toBe(false);
    answer = { outline: 'not json' };
    expect((await outlineOfTab(7)).ok).toBe(false);
    const huge = JSON.parse(cleanOutline());
    huge.root.children.push({ tag: 'p', children: ['x'.repeat(400_001)] });
    answer = { outline: JSON.stringify(huge) };
    expect((await outlineOfTab(7)).ok).toBe(false);
    answer = null;
    expect(await outlineOfTab(7)).toEqual({
      ok: false,
      message: 'The page did not answer. Reload it and try again.',
    });
  });

  it('touches no other page: nothing is injected into, or asked of, a tab that is neither site', async () => {
    for (const tabId of [9, 404]) {
      expect(await outlineOfTab(tabId)).toEqual({
        ok: false,
        message:
          'A page outline can be taken of Amazon’s Developer Console and of VendorAuto only.',
      });
    }
    expect(injected).toEqual([]);
    expect(requests).toEqual([]);
  });
});

describe('openOutlineFor (the guide card)', () => {
  const sender = (tabId: number, url: string, frameId = 0) => ({
    id: fakeBrowser.runtime.id,
    url,
    frameId,
    tab: { id: tabId, url } as never,
  });

  it("opens the outline page for the sender's own tab", async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openOutlineFor(sender(8, VA_URL))).toEqual({ ok: true });
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/\/outline\.html\?tab=8$/),
      openerTabId: 8,
    });
  });

  it('ignores frames, other pages and other extensions', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect((await openOutlineFor(sender(7, CONSOLE_URL, 3))).ok).toBe(false);
    expect((await openOutlineFor(sender(9, 'https://example.com/instances'))).ok).toBe(false);
    expect((await openOutlineFor({ ...sender(7, CONSOLE_URL), id: 'someone-else' })).ok).toBe(
      false,
    );
    expect(create).not.toHaveBeenCalled();
  });
});
