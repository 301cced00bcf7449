/**
 * VendorAuto's instance lookup (findInstanceByClientId, the fill's first step) with N instances,
 * shown a window at a time: paginated (25 a page) or virtualised (rows in view). The instance
 * sought is the last one, brought into the window first, as the user would; the reference is
 * the page rendering that window itself.
 */
import { openPage, type Side, URLS } from './browser';
import { clientIdFor, vendorAutoWindowed, type Windowing } from './pages';
import { inIsolatedWorld } from './probes';
import { median, repeat } from './stats';

type BenchWindow = { __bench: { render(): number; reveal(index: number): void } };

export type LookupCost = { lookupMs: number; pageFrameMs: number };

export async function lookupCost(
  side: Side,
  instances: number,
  windowing: Windowing,
): Promise<LookupCost> {
  const page = await openPage(side, URLS.instances, vendorAutoWindowed(instances, windowing));
  await page.evaluate(
    (index) => (window as unknown as BenchWindow).__bench.reveal(index),
    instances - 1,
  );
  const renders = await repeat(5, () =>
    page.evaluate(() => (window as unknown as BenchWindow).__bench.render()),
  );
  const probe = await inIsolatedWorld<{ ms: number; kind: string }>(
    page,
    `__benchProbe.findInstance(${JSON.stringify(clientIdFor(instances - 1))}, 7)`,
  );
  await page.close();
  if (probe.kind !== 'found')
    throw new Error(`lookup on ${instances} ${windowing} instances: ${probe.kind}`);
  return { lookupMs: probe.ms, pageFrameMs: median(renders) };
}
