/**
 * Generated pages for the benchmark: the simulated console with N apps, VendorAuto's instances
 * with N instances (all rendered, paginated, or virtualised), and a host page that churns its
 * DOM. Built from the fixtures' own templates, so the pages stay what the e2e tests exercise.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURES_DIR } from '../../tests/support/sites';

export const BENCH_ASSETS_DIR = resolve(import.meta.dirname, 'assets');

const CONFIG_SCRIPT = /(<script type="application\/json" id="fixture-config">)[\s\S]*?(<\/script>)/;

/** A fixed-seed generator: every run measures the same pages. */
function hexSource(seed: number): (length: number) => string {
  let state = seed >>> 0;
  return (length) => {
    let out = '';
    while (out.length < length) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      out += state.toString(16).padStart(8, '0');
    }
    return out.slice(0, length);
  };
}

export const clientIdFor = (index: number) =>
  `amzn1.application-oa2-client.${hexSource(index * 7919 + 1)(32)}`;

function withConfig(template: string, config: object): string {
  const html = readFileSync(join(FIXTURES_DIR, template), 'utf8');
  if (!CONFIG_SCRIPT.test(html)) throw new Error(`${template} has no #fixture-config`);
  return html.replace(
    CONFIG_SCRIPT,
    (_, open, close) => `${open}${JSON.stringify(config)}${close}`,
  );
}

export type ConsoleApp = { name: string; clientId: string; daysLeft: number; alert: boolean };

/**
 * Seller Central US (many-apps.html) with `count` apps. The LAST app is the due one when
 * `due` is set: the worst place for anything that walks the table. Delays are fixed (no
 * random ranges) so repetitions differ by the machine only.
 */
export function consolePage(
  count: number,
  { due = true } = {},
): { html: string; dueApp: ConsoleApp } {
  const apps = Array.from({ length: count }, (_, index) => {
    const hex = hexSource(index + 1);
    const isDue = due && index === count - 1;
    return {
      name: `Bench App ${String(index + 1).padStart(4, '0')}`,
      appId: `amzn1.sp.solution.${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
      clientId: clientIdFor(index),
      secret: `amzn1.oa2-cs.v1.${hex(64)}`,
      daysLeft: isDue ? 12 : 100 + (index % 79),
      alert: isDue,
    };
  });
  const html = withConfig('amazon/many-apps.html', {
    site: 'seller-central',
    marketplace: 'US',
    locale: 'en-US',
    flavour: 'katal',
    title: 'Developer Central | Amazon Seller Central',
    dateFormat: 'MM/dd/yyyy',
    banner: due,
    addAppClient: 'enabled',
    viewControl: 'link',
    clientIdDisplay: 'text',
    secretDisplay: 'input',
    newSecretDisplay: 'plain',
    delays: { table: 300, credentials: 200, warning: 150, rotate: 500 },
    strings: {},
    apps,
  });
  const last = apps[apps.length - 1];
  if (!last) throw new Error('a console page needs at least one app');
  return { html, dueApp: last };
}

function instances(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    id: `ins_${10_000 + index}`,
    name: `Bench Instance ${String(index + 1).padStart(4, '0')}`,
    marketplace: 'Amazon.com',
    country: 'US',
    clientId: clientIdFor(index),
    clientSecret: `amzn1.oa2-cs.v1.${hexSource(index + 99_999)(64)}`,
    status: 'Active',
    lastSync: `${(index % 50) + 1} min ago`,
    vendorCode: `BEN${index}`,
    editLabel: index % 2 ? 'title' : 'aria-label',
  }));
}

/** VendorAuto's table (app.js) with every one of `count` instances in the DOM. */
export function vendorAutoAllRows(count: number): string {
  return withConfig('vendorauto/instances-table.html', {
    page: 'instances',
    flavour: 'table',
    delays: { list: 0, edit: 300, save: 400 },
    instances: instances(count),
  });
}

export type Windowing = 'paginated' | 'virtualised';

/**
 * VendorAuto's chrome with `count` instances shown a window at a time (assets/windowed-instances.js):
 * 25 rows per page with a pager, or a scroller that renders only the rows in view. app.js has
 * neither, and the real app may have either.
 */
export function vendorAutoWindowed(count: number, windowing: Windowing): string {
  const template = readFileSync(join(FIXTURES_DIR, 'vendorauto/instances-table.html'), 'utf8');
  const config = {
    windowing,
    instances: instances(count).map(({ clientSecret: _, ...rest }) => rest),
  };
  return template
    .replace(CONFIG_SCRIPT, (_, open, close) => `${open}${JSON.stringify(config)}${close}`)
    .replace(
      '<script src="/__fixtures__/vendorauto/app.js"></script>',
      '<script src="/__bench__/windowed-instances.js"></script>',
    );
}

/**
 * A console-URL host page that does nothing but churn: `nodesPerFrame` nodes replaced every
 * animation frame for `frames` frames, started by `window.__churn()` which resolves when done.
 * Fixed work, so busy time differs only by what else runs on the main thread.
 */
export function churnPage(): string {
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Churn</title></head>
<body><main id="host"></main><script src="/__bench__/churn.js"></script></body></html>`;
}
