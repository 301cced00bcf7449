/**
 * Main-thread time from a Chrome trace, split into what the extension's scripts ran and what
 * the page did. A task counts as the extension's when a script event in it (script evaluation,
 * function call, timer, compile) names a chrome-extension:// URL; everything else on the page's
 * main thread is the page's own.
 */
import type { Browser, Page } from '@playwright/test';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string; stackTrace?: { url: string }[] }; name?: string };
};

export type MainThreadSplit = {
  /** ms of main-thread tasks in the window */
  totalMs: number;
  /** ms of those tasks that ran extension script */
  extensionMs: number;
  /** number of tasks that ran extension script */
  extensionTasks: number;
  /** number of extension timer callbacks */
  extensionTimers: number;
  /** longest single task of the page's own */
  longestPageTaskMs: number;
  /** longest single task that ran extension script */
  longestExtensionTaskMs: number;
};

export async function traced<T>(
  browser: Browser,
  page: Page,
  run: () => Promise<T>,
): Promise<{ result: T; split: MainThreadSplit }> {
  await browser.startTracing(page, { categories: CATEGORIES });
  let outcome: { result: T } | { error: unknown };
  try {
    outcome = { result: await run() };
  } catch (error) {
    outcome = { error };
  }
  // stopTracing must run even when `run` throws, or the next trace cannot start.
  const buffer = await browser.stopTracing();
  if ('error' in outcome) throw outcome.error;
  const { result } = outcome;
  return { result, split: splitMainThread(JSON.parse(buffer.toString('utf8'))) };
}

const isExtensionUrl = (url: string | undefined) => Boolean(url?.startsWith('chrome-extension://'));

function splitMainThread(trace: { traceEvents: TraceEvent[] }): MainThreadSplit {
  const events = trace.traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`));
  const tasks = onMain
    .filter(
      (e) =>
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        e.dur,
    )
    .sort((a, b) => a.ts - b.ts);
  // Keep top-level tasks only (a nested RunTask lies inside its parent).
  const topLevel: TraceEvent[] = [];
  for (const task of tasks) {
    const last = topLevel[topLevel.length - 1];
    if (
      last &&
      last.pid === task.pid &&
      last.tid === task.tid &&
      task.ts < last.ts + (last.dur ?? 0)
    )
      continue;
    topLevel.push(task);
  }
  const extensionMarks = onMain.filter(
    (e) =>
      [
        'EvaluateScript',
        'FunctionCall',
        'TimerFire',
        'v8.compile',
        'v8.run',
        'v8.callFunction',
        'EventDispatch',
      ].includes(e.name) &&
      (isExtensionUrl(e.args?.data?.url) || isExtensionUrl(e.args?.data?.stackTrace?.[0]?.url)),
  );
  // Extension time: the extension's own script events, merged where they nest or overlap
  // (its MutationObserver callbacks run inside the page's tasks, so whole tasks would overcount).
  const spans = extensionMarks
    .filter((e) => e.ph === 'X' && e.dur)
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const extensionMs = merged.reduce((sum, [start, end]) => sum + (end - start) / 1000, 0);
  const extensionTasks = merged.length;
  const longestExtensionTaskMs = Math.max(0, ...merged.map(([start, end]) => (end - start) / 1000));
  let longestPageTaskMs = 0;
  let totalMs = 0;
  for (const task of topLevel) {
    const ms = (task.dur ?? 0) / 1000;
    totalMs += ms;
    const own = merged
      .filter(([start]) => start >= task.ts && start < task.ts + (task.dur ?? 0))
      .reduce((sum, [start, end]) => sum + (end - start) / 1000, 0);
    longestPageTaskMs = Math.max(longestPageTaskMs, ms - own);
  }
  // A timer's own event names no script; its callback's FunctionCall does.
  const extensionTimers = onMain.filter(
    (timer) =>
      timer.name === 'TimerFire' &&
      extensionMarks.some((m) => m.ts >= timer.ts && m.ts < timer.ts + (timer.dur ?? 0)),
  ).length;
  return {
    totalMs,
    extensionMs,
    extensionTasks,
    extensionTimers,
    longestPageTaskMs,
    longestExtensionTaskMs,
  };
}
