/**
 * The extension's own page models, bundled for the benchmark and run in an isolated world as a
 * content script would be: the same source files the content scripts are built from.
 */
import { readConsolePage } from '../../utils/sites/amazon-console/apps';
import { findInstanceByClientId } from '../../utils/sites/vendorauto/instances';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function time(run: () => unknown, repetitions: number): { ms: number; result: unknown } {
  let result: unknown;
  const samples: number[] = [];
  for (let index = 0; index < repetitions; index++) {
    const started = performance.now();
    result = run();
    samples.push(performance.now() - started);
  }
  return { ms: median(samples), result };
}

Object.assign(globalThis, {
  __benchProbe: {
    readConsole(repetitions: number) {
      const options = { today: new Date(), locale: document.documentElement.lang || 'en-US' };
      const { ms, result } = time(() => readConsolePage(document, options), repetitions);
      const page = result as ReturnType<typeof readConsolePage>;
      return { ms, apps: page.apps.length, layout: page.layout };
    },
    findInstance(clientId: string, repetitions: number) {
      const { ms, result } = time(() => findInstanceByClientId(clientId), repetitions);
      return { ms, kind: (result as { kind: string }).kind };
    },
  },
});
