/** The run's tables: per path, one row per axis=value, held / safe (stalled) / wrong; then the closing line. */

import type { Outcome, PairResult, PathResult } from './paths';
import type { LayoutPair } from './types';

const PATHS = ['capture', 'fill', 'walk'] as const;
type Tally = { held: number; safe: number; stalled: number; wrong: number };
const empty = (): Tally => ({ held: 0, safe: 0, stalled: 0, wrong: 0 });

function add(tally: Tally, outcome: Outcome) {
  if (outcome === 'stalled') {
    tally.safe++;
    tally.stalled++;
  } else tally[outcome]++;
}

/** A pair holds only if every path held; it is wrong if any path was wrong. */
export function pairOutcome(result: PairResult): 'held' | 'safe' | 'wrong' {
  const all = PATHS.map((p) => result[p].outcome);
  if (all.includes('wrong')) return 'wrong';
  return all.every((o) => o === 'held') ? 'held' : 'safe';
}

function axisRows(
  pairs: LayoutPair[],
  results: Map<number, PairResult>,
  path: (typeof PATHS)[number],
) {
  const rows = new Map<string, Tally>();
  for (const pair of pairs) {
    const result = results.get(pair.index);
    if (!result) continue;
    const keys = [
      ...Object.entries(pair.console.axes).map(([a, v]) => `console.${a}=${v}`),
      ...Object.entries(pair.vendorAuto.axes).map(([a, v]) => `va.${a}=${v}`),
    ];
    for (const key of keys) {
      const tally = rows.get(key) ?? empty();
      add(tally, result[path].outcome);
      rows.set(key, tally);
    }
  }
  return rows;
}

const pad = (text: string | number, width: number) => String(text).padStart(width);

export function renderReport(pairs: LayoutPair[], results: Map<number, PairResult>): string {
  const lines: string[] = [];
  for (const path of PATHS) {
    // The console's axes cannot change what the fill path meets (its capture is seeded when needed).
    const rows = [...axisRows(pairs, results, path)].filter(
      ([key]) => path !== 'fill' || key.startsWith('va.'),
    );
    lines.push(
      '',
      `== ${path} ==`,
      `${'axis=value'.padEnd(40)}${pad('held', 6)}${pad('safe', 6)}${pad('(stall)', 8)}${pad('wrong', 6)}`,
    );
    for (const [key, t] of rows)
      lines.push(
        `${key.padEnd(40)}${pad(t.held, 6)}${pad(t.safe, 6)}${pad(t.stalled, 8)}${pad(t.wrong, 6)}`,
      );
  }
  lines.push('');
  for (const path of PATHS) {
    const total = empty();
    const clicks: number[] = [];
    for (const result of results.values()) {
      add(total, result[path].outcome);
      if (path === 'walk' && result.walk.outcome === 'held' && result.walk.clicks !== undefined)
        clicks.push(result.walk.clicks);
    }
    const extra = clicks.length
      ? `, clicks per held walk: median ${clicks.sort((a, b) => a - b)[clicks.length >> 1]}, max ${clicks.at(-1)}`
      : '';
    lines.push(
      `${path}: ${total.held} held, ${total.safe} failed safe (${total.stalled} stalled), ${total.wrong} wrong${extra}`,
    );
  }
  const wrongs = [...results.values()].flatMap((r) =>
    PATHS.filter((p) => r[p].outcome === 'wrong').map((p) => `  WRONG ${r.id} ${p}: ${r[p].note}`),
  );
  lines.push(...wrongs);
  const counts = { held: 0, safe: 0, wrong: 0 };
  for (const result of results.values()) counts[pairOutcome(result)]++;
  lines.push(
    `zoo: ${results.size} layouts, ${counts.held} held, ${counts.safe} failed safe, ${counts.wrong} wrong`,
  );
  return lines.join('\n');
}

export function describeResult(result: PathResult): string {
  return `${result.outcome}${result.clicks !== undefined ? ` (${result.clicks} clicks)` : ''}: ${result.note}`;
}
