/** The one table the benchmark prints, and the verdict line. */
export type Row = {
  measure: string;
  value: string;
  reference?: string;
  ratio?: number;
  budget?: { name: string; text: string; held: boolean };
};

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const fmt = { ms, kb: (bytes: number) => `${(bytes / 1024).toFixed(1)} KB` };

export function renderTable(rows: Row[]): string {
  const header = ['measure', 'value', 'reference (same run)', 'ratio', 'budget', ''];
  const cells = rows.map((r) => [
    r.measure,
    r.value,
    r.reference ?? '',
    r.ratio === undefined ? '' : r.ratio.toFixed(r.ratio < 0.1 ? 3 : 2),
    r.budget?.text ?? '',
    r.budget ? (r.budget.held ? 'ok' : 'FAIL') : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.map(line),
  ].join('\n');
}

export function verdict(rows: Row[]): { line: string; held: boolean } {
  const failed = rows.filter((r) => r.budget && !r.budget.held).map((r) => r.budget?.name);
  return failed.length === 0
    ? { line: 'bench: all budgets held', held: true }
    : { line: `bench: budgets failed: ${failed.join(', ')}`, held: false };
}
