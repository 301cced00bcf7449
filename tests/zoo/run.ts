/**
 * npm run test:zoo [-- --sample N] [--only console-017|va-017|17|2,13,21] [--json file] [--workers N] [--log file]
 * Tries every user path on every generated layout pair in the production build; exits 1 on any "wrong".
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { clearStorage, launch } from './extension';
import { generate, sample } from './layouts';
import { capturePath, fillPath, type PairResult, walkPath } from './paths';
import { describeResult, pairOutcome, renderReport } from './report';
import { installZoo } from './serve';

const { values } = parseArgs({
  options: {
    sample: { type: 'string' },
    only: { type: 'string' },
    json: { type: 'string' },
    verbose: { type: 'boolean' },
    workers: { type: 'string' },
    log: { type: 'string' },
  },
});

const all = generate();
// --only 17, or a list: --only 2,13,console-021
const only = values.only
  ? values.only.split(',').map((id) => Number.parseInt(id.replace(/^\D+/, ''), 10))
  : null;
const pairs =
  only !== null
    ? all.filter((p) => only.includes(p.index))
    : values.sample
      ? sample(all, Number(values.sample))
      : all;
if (pairs.length === 0) throw new Error(`no layout ${values.only}`);

// Each worker is its own browser with its own extension and storage; the walker mostly waits
// for the page, so a few run side by side on two cores.
const workers = Math.max(1, Math.min(Number(values.workers ?? 1), pairs.length));
const queue = [...pairs];
const results = new Map<number, PairResult>();
const started = Date.now();

async function work(): Promise<void> {
  const ext = await launch();
  const zoo = await installZoo(ext.context);
  try {
    for (let pair = queue.shift(); pair; pair = queue.shift()) {
      zoo.show(pair.console, pair.vendorAuto);
      await clearStorage(ext);
      const [capture, captureS] = await timed(() => capturePath(ext, pair));
      const [fill, fillS] = await timed(() => fillPath(ext, pair, capture.captured));
      const [walk, walkS] = await timed(() => walkPath(ext, pair));
      const result: PairResult = {
        id: `${pair.console.id}+${pair.vendorAuto.id}`,
        capture,
        fill,
        walk,
      };
      results.set(pair.index, result);
      // A tab the extension opened (Continue in VendorAuto) must not act on the next pair's pages.
      for (const stray of ext.context.pages()) await stray.close().catch(() => undefined);
      const line = `${result.id} ${pairOutcome(result).padEnd(5)} | capture ${describeResult(capture)} | fill ${describeResult(fill)} | walk ${describeResult(walk)} | ${captureS}+${fillS}+${walkS} s`;
      // A long run leaves a line per pair as it goes, so an interrupted run still tells something.
      if (values.log) appendFileSync(values.log, `${line}\n`);
      if (values.verbose || only !== null || pairOutcome(result) === 'wrong') console.log(line);
      else process.stdout.write(`${results.size}/${pairs.length}\r`);
    }
  } finally {
    await ext.context.close();
  }
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const t0 = Date.now();
  const value = await run();
  return [value, Math.round((Date.now() - t0) / 100) / 10];
}

await Promise.all(Array.from({ length: workers }, work));
console.log(renderReport(pairs, results));
console.log(`(${Math.round((Date.now() - started) / 1000)} s)`);
if (values.json)
  writeFileSync(
    values.json,
    JSON.stringify(
      {
        pairs: pairs.map((p) => ({
          index: p.index,
          console: p.console.axes,
          vendorAuto: p.vendorAuto.axes,
        })),
        results: [...results.values()],
      },
      null,
      2,
    ),
  );
const wrong = [...results.values()].some((r) => pairOutcome(r) === 'wrong');
process.exit(wrong ? 1 : 0);
