/**
 * npm run bench: one run in real Chromium, one table, then the verdict; exit 1 when a budget
 * fails. --ci runs the size gates and the fastest timed subset (npm run bench:ci).
 * Every time is judged as a ratio to a reference measured in this same run.
 */
import { EXTENSION_DIR, launchSide, type Side } from './browser';
import { MANUAL_PROCEDURE, ONE_CLICK_WALK, sumEffort, total, walkEffort } from './effort';
import { captureLatency, loadCost, readCost } from './measure-console';
import { churnOverhead, idleActivity } from './measure-host';
import { lookupCost } from './measure-vendorauto';
import { coldStart } from './measure-worker';
import { fmt, type Row, renderTable, verdict } from './report';
import { partSizes } from './sizes';

const CI = process.argv.includes('--ci');
const SIZES = [10, 100, 1000];
const CONTENT_SCRIPT_MAX = 80 * 1024;
const CHURN_MAX = 0.05;
const rows: Row[] = [];
const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

function sizeRows(): void {
  for (const part of partSizes(EXTENSION_DIR)) {
    rows.push({
      measure: `bytes ${part.part}`,
      value: `${fmt.kb(part.raw)} raw, ${fmt.kb(part.gzip)} gzip`,
      ...(part.contentScript
        ? {
            budget: {
              name: `size ${part.part.replace('content script ', '')}`,
              text: '<= 80 KB raw',
              held: part.raw <= CONTENT_SCRIPT_MAX,
            },
          }
        : {}),
    });
  }
}

async function consoleRows(withExtension: Side, without: Side): Promise<void> {
  for (const apps of SIZES) {
    if (!CI) {
      progress(`load cost, ${apps} apps`);
      const load = await loadCost(withExtension, apps, 3);
      rows.push({
        measure: `content script on load, ${apps} apps (eval + first reads)`,
        value: fmt.ms(load.extensionMs),
        reference: `page's own load work ${fmt.ms(load.pageMs)}`,
        ratio: load.extensionMs / load.pageMs,
      });
      rows.push({
        measure: `  longest extension task on load, ${apps} apps`,
        value: fmt.ms(load.longestExtensionTaskMs),
      });
    }
    progress(`read, ${apps} apps`);
    const read = await readCost(without, apps);
    const budgeted = apps === 1000;
    rows.push({
      measure: `console read (readConsolePage), ${apps} apps`,
      value: fmt.ms(read.readMs),
      reference: `page re-render ${fmt.ms(read.pageFrameMs)}`,
      ratio: read.readMs / read.pageFrameMs,
      ...(budgeted
        ? {
            budget: {
              name: 'read 1000 apps',
              text: '< 1 page frame',
              held: read.readMs < read.pageFrameMs,
            },
          }
        : {}),
    });
    if (CI && !budgeted) continue;
    progress(`capture, ${apps} apps`);
    const latency = await captureLatency(withExtension, apps, CI ? 1 : 3);
    rows.push({
      measure: `capture latency (secret in DOM -> storage.session), ${apps} apps`,
      value: fmt.ms(latency),
      reference: `page re-render ${fmt.ms(read.pageFrameMs)}`,
      ratio: latency / read.pageFrameMs,
      // One CI sample swings with the machine (0.4–2.2 seen on shared runners); the full bench
      // takes the median of three and holds the budget.
      ...(budgeted && !CI
        ? {
            budget: {
              name: 'capture 1000 apps',
              text: '< 1 page frame',
              held: latency < read.pageFrameMs,
            },
          }
        : {}),
    });
  }
}

async function lookupRows(without: Side): Promise<void> {
  for (const windowing of ['paginated', 'virtualised'] as const) {
    for (const instances of SIZES) {
      progress(`lookup, ${instances} instances, ${windowing}`);
      const cost = await lookupCost(without, instances, windowing);
      rows.push({
        measure: `VendorAuto instance lookup, ${instances} instances, ${windowing}`,
        value: fmt.ms(cost.lookupMs),
        reference: `page renders its window ${fmt.ms(cost.pageFrameMs)}`,
        ratio: cost.lookupMs / cost.pageFrameMs,
      });
    }
  }
}

async function hostRows(withExtension: Side, without: Side): Promise<void> {
  // Two churn rows: a page in use (past the content script's after-load work), which the
  // budget holds, and a page churning right after it loaded, shown for what it adds.
  for (const settled of CI ? [true] : [true, false]) {
    progress(`churn, ${settled ? 'settled page' : 'fresh page'}`);
    const churn = await churnOverhead(withExtension, without, CI ? 4 : settled ? 10 : 6, {
      settled,
    });
    const { median: ratio, low, high } = churn.ratio;
    rows.push({
      measure: `main thread under DOM churn, ${settled ? 'page in use (12 s after load)' : 'right after load'}, with vs without extension (median of ${churn.pairs} ABBA pairs)`,
      value: `${fmt.ms(churn.withMs)}; pair ratios ${low.toFixed(2)}–${high.toFixed(2)} (IQR)`,
      reference: `without ${fmt.ms(churn.withoutMs)}`,
      ratio,
      // On a shared CI machine a few pairs swing too far to gate on; the full bench holds it.
      ...(CI || !settled
        ? {}
        : {
            budget: {
              name: 'churn overhead',
              text: '<= 1.05 (5%)',
              held: ratio - 1 <= CHURN_MAX,
            },
          }),
    });
  }
  if (CI) return;
  progress('idle');
  const first = await idleActivity(withExtension, 100, {
    due: false,
    after: 1000,
    windowMs: 10_000,
  });
  rows.push({
    measure: 'idle 10 s right after load, 100 apps, none due',
    value: `${first.extensionTimers} ext timers, ${fmt.ms(first.extensionMs)}`,
    reference: `page ${fmt.ms(first.pageMs)}`,
  });
  for (const due of [false, true]) {
    const idle = await idleActivity(withExtension, 100, { due, after: 11_000, windowMs: 10_000 });
    rows.push({
      measure: `idle 10 s (from 12 s after load), 100 apps, ${due ? 'one due (guide shown)' : 'none due'}`,
      value: `${idle.extensionTimers} ext timers, ${fmt.ms(idle.extensionMs)}`,
      reference: `page ${fmt.ms(idle.pageMs)}`,
      budget: {
        name: `idle ${due ? 'with guide' : 'no guide'}`,
        text: '0 ext timers',
        held: idle.extensionTimers === 0 && idle.extensionMs === 0,
      },
    });
  }
}

async function workerRows(withExtension: Side): Promise<void> {
  progress('service worker cold start');
  const start = await coldStart(withExtension, 3);
  rows.push({
    measure: 'service worker cold start -> first message handled',
    value: fmt.ms(start.startToHandledMs),
    reference: `page load -> report: cold ${fmt.ms(start.coldMs)} / warm ${fmt.ms(start.warmMs)}`,
    ratio: start.coldMs / start.warmMs,
  });
}

async function effortRows(): Promise<void> {
  progress('user effort');
  const manual = sumEffort(MANUAL_PROCEDURE);
  const walked = await walkEffort(ONE_CLICK_WALK);
  const summarise = (e: typeof manual) =>
    `${e.clicks} clicks, ${e.keystrokes} keys, ${e.tabSwitches} tab switches, ${e.carriedByHand} values by hand`;
  rows.push({
    measure: `user effort, whole rotation: ${ONE_CLICK_WALK.name}${walked.failure ? ` (BROKE OFF: ${walked.failure})` : ''}`,
    value: summarise(walked),
    reference: `manual: ${summarise(manual)}`,
    ratio: total(walked) / total(manual),
  });
}

sizeRows();
const withExtension = await launchSide(true);
const without = await launchSide(false);
try {
  await consoleRows(withExtension, without);
  await lookupRows(without);
  await hostRows(withExtension, without);
  if (!CI) await workerRows(withExtension);
} finally {
  await withExtension.context.close();
  await without.context.close();
}
if (!CI) await effortRows();

console.log(renderTable(rows));
const { line, held } = verdict(rows);
console.log(line);
process.exitCode = held ? 0 : 1;
