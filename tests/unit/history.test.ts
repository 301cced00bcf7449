import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyEvent, recordCapture } from '../../utils/background/rotation-store';
import { HISTORY_LIMIT, type HistoryEntry, historyItem, withEntry } from '../../utils/core/history';
import { csvCell, historyCsv } from '../../utils/options/history-csv';

const SECRET = 'amzn1.oa2-cs.v1.0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const NOW = Date.UTC(2026, 4, 4, 9, 30);

function entry(overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    rotationId: 'r1',
    date: NOW,
    appName: 'Inventory Sync',
    clientId: 'amzn1.application-oa2-client.abc',
    consoleOrigin: 'https://sellercentral.amazon.com',
    vendorAutoOrigin: 'https://app.vendorauto.com',
    outcome: 'confirmed',
    evidence: 'said',
    problem: null,
    ...overrides,
  };
}

beforeEach(() => fakeBrowser.reset());

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
  });

  it('neutralises a leading = + - @ so a spreadsheet never runs it as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+1')).toBe('"\'+1"');
    expect(csvCell('-2+3')).toBe('"\'-2+3"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\t=1')).toBe('"\'\t=1"');
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('the history CSV', () => {
  it('has a header and one row per rotation, newest first, with empty cells for unknowns', () => {
    const csv = historyCsv([
      entry({ rotationId: 'old', date: NOW - 86_400_000, outcome: 'expired', evidence: null }),
      entry({ appName: '=cmd|x, "evil"', vendorAutoOrigin: null }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      'date,app,client_id,console,vendorauto,outcome,evidence,problem',
      '2026-05-04T09:30:00.000Z,"\'=cmd|x, ""evil""",amzn1.application-oa2-client.abc,https://sellercentral.amazon.com,,confirmed,said,',
      '2026-05-03T09:30:00.000Z,Inventory Sync,amzn1.application-oa2-client.abc,https://sellercentral.amazon.com,https://app.vendorauto.com,expired,,',
      '',
    ]);
  });
});

describe('the history list', () => {
  it('keeps the newest entries up to its limit', () => {
    let history: HistoryEntry[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 5; i++)
      history = withEntry(history, entry({ rotationId: `r${i}`, date: NOW + i }));
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]?.rotationId).toBe(`r${HISTORY_LIMIT + 4}`);
  });

  it('gets one entry when a rotation ends, with its console and no secret', async () => {
    const rotation = await recordCapture(
      {
        clientId: 'amzn1.application-oa2-client.abc',
        appName: 'Inventory Sync',
        appId: null,
        consoleOrigin: 'https://sellercentral.amazon.com',
        newDeadline: null,
        now: NOW,
        ttlMs: 15 * 60_000,
      },
      SECRET,
    );
    expect(await historyItem.getValue()).toEqual([]);
    await applyEvent(rotation.id, { type: 'expire' }, NOW + 16 * 60_000);
    await applyEvent(rotation.id, { type: 'discard' }, NOW + 17 * 60_000); // refused: already ended
    const history = await historyItem.getValue();
    expect(history).toEqual([
      expect.objectContaining({
        rotationId: rotation.id,
        outcome: 'expired',
        consoleOrigin: 'https://sellercentral.amazon.com',
        vendorAutoOrigin: null,
      }),
    ]);
    expect(JSON.stringify(history)).not.toContain(SECRET);
    expect(historyCsv(history)).not.toContain(SECRET);
  });
});
