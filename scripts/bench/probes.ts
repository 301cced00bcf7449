/** Runs probe-entry.ts's bundle in a fresh isolated world of a page, through the DevTools protocol. */
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';

let bundle: Promise<string> | null = null;

function probeBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [resolve(import.meta.dirname, 'probe-entry.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundle;
}

/** Evaluates `expression` (which may use `__benchProbe`) in an isolated world of `page`'s main frame. */
export async function inIsolatedWorld<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as {
      frameTree: { frame: { id: string } };
    };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'lwa-bench-probe',
    })) as { executionContextId: number };
    await cdp.send('Runtime.evaluate', {
      expression: await probeBundle(),
      contextId: executionContextId,
    });
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(`probe failed: ${exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach();
  }
}
