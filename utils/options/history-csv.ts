/**
 * The rotation history as CSV (RFC 4180) for Settings' export. Spreadsheets run a cell that
 * starts with = + - @ (or a tab/CR) as a formula: such cells get a leading apostrophe, so an
 * app name chosen on Amazon's side can never become a formula on the user's machine.
 */
import type { HistoryEntry } from '../core/history';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const neutral = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(neutral) || neutral !== value
    ? `"${neutral.replaceAll('"', '""')}"`
    : neutral;
}

export const HISTORY_CSV_COLUMNS = [
  'date',
  'app',
  'client_id',
  'console',
  'vendorauto',
  'outcome',
  'evidence',
  'problem',
] as const;

export function historyCsv(history: readonly HistoryEntry[]): string {
  const rows = [...history]
    .sort((a, b) => b.date - a.date)
    .map((entry) => [
      new Date(entry.date).toISOString(),
      entry.appName ?? '',
      entry.clientId,
      entry.consoleOrigin,
      entry.vendorAutoOrigin ?? '',
      entry.outcome,
      entry.evidence ?? '',
      entry.problem ?? '',
    ]);
  return `${[[...HISTORY_CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
