/**
 * The generator: layout i of each site takes one value per axis, spread evenly (every value
 * appears in about N / values layouts, in a seeded order per axis), and data from a PRNG seeded
 * with the layout's id. Console layout i and VendorAuto layout i share the due app's Client ID.
 */
import { type AxisSpace, axisValues, CONSOLE_AXES, LANGUAGES, VENDORAUTO_AXES } from './axes';
import { type Random, seeded } from './prng';
import type { ConsoleApp, ConsoleLayout, Instance, LayoutPair, VendorAutoLayout } from './types';

export const ZOO_SEED = 20_260_512;
export const LAYOUT_COUNT = 300;

const CLIENT_PREFIX = 'amzn1.application-oa2-client.';
const secret = (r: Random) => `amzn1.oa2-cs.v1.${r.hex(64)}`;
const uuid = (r: Random) => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-a${r.hex(3)}-${r.hex(12)}`;

const BRANDS = [
  'Northwind',
  'Bluebird',
  'Harborline',
  'Greenleaf',
  'Tidewater',
  'Copperfield',
  'Saltmarsh',
  'Granite Peak',
  'Lakeside',
  'Riverbend',
  'Brightwater',
  'Juniper',
];
const PURPOSES = [
  'Inventory Sync',
  'Order Router',
  'Price Monitor',
  'Invoice Export',
  'Vendor Feed',
  'Label Printer',
  'Returns Bot',
  'Catalog Mirror',
];
const MARKETS = ['US', 'CA', 'UK', 'DE', 'FR', 'IT', 'ES', 'JP', 'MX', 'AU'];

/** For each axis, the value of layout i: a seeded shuffle of a round-robin, so values spread evenly. */
function spread(space: AxisSpace, count: number, salt: string): Record<string, string>[] {
  const columns = Object.entries(axisValues(space)).map(([axis, values]) => {
    const column = Array.from({ length: count }, (_, i) => values[i % values.length] as string);
    return [axis, seeded(`${salt}:${axis}`).shuffle(column)] as const;
  });
  return Array.from({ length: count }, (_, i) =>
    Object.fromEntries(columns.map(([axis, column]) => [axis, column[i] as string])),
  );
}

function consoleLayout(
  index: number,
  axes: Record<string, string>,
  clientId: string,
): ConsoleLayout {
  const r = seeded(`console-${index}`);
  const count = CONSOLE_AXES.count[axes.count as keyof typeof CONSOLE_AXES.count].apps;
  const due = r.int(count);
  const dueDays = 2 + r.int(25);
  const apps: ConsoleApp[] = Array.from({ length: count }, (_, i) => {
    const alert = i === due || r.next() < 0.08;
    return {
      name: `${r.pick(BRANDS)} ${r.pick(PURPOSES)} ${i + 1}`,
      appId: `amzn1.sp.solution.${uuid(r)}`,
      clientId: i === due ? clientId : `${CLIENT_PREFIX}${r.hex(32)}`,
      secret: secret(r),
      daysLeft: i === due ? dueDays : alert ? dueDays + 10 + r.int(15) : 40 + r.int(140),
      alert,
    };
  });
  const host = LANGUAGES[axes.lang ?? 'en']?.host ?? 'sellercentral.amazon.com';
  return {
    id: `console-${String(index).padStart(3, '0')}`,
    url: `https://${host}/sellingpartner/developerconsole`,
    axes,
    apps,
    due,
    newSecret: secret(r),
    today: new Date().toISOString().slice(0, 10),
  };
}

function vendorAutoLayout(
  index: number,
  axes: Record<string, string>,
  clientId: string,
  oldSecret: string,
): VendorAutoLayout {
  const r = seeded(`va-${index}`);
  const count = VENDORAUTO_AXES.count[axes.count as keyof typeof VENDORAUTO_AXES.count].instances;
  const match = VENDORAUTO_AXES.match[axes.match as keyof typeof VENDORAUTO_AXES.match];
  const instances: Instance[] = Array.from({ length: count }, (_, i) => ({
    id: `ins_${1000 + i}`,
    name: `${r.pick(BRANDS)} ${r.pick(['Goods', 'Home', 'Outdoor', 'Kitchen', 'Marine', 'Tools'])} ${r.pick(MARKETS)} ${i + 1}`,
    clientId: `${CLIENT_PREFIX}${r.hex(32)}`,
    secret: secret(r),
  }));
  // On paginated and virtualised lists the target is usually beyond the first screen.
  const at = count === 1 ? 0 : r.int(count);
  const target = instances[at] as Instance;
  if (!match.absent) Object.assign(target, { clientId, secret: oldSecret });
  if (match.twin && count > 1) {
    const twin = instances[(at + 1) % count] as Instance;
    const last = clientId.at(-1) === 'a' ? 'b' : 'a';
    twin.clientId = `${clientId.slice(0, -1)}${last}`;
  }
  return {
    id: `va-${String(index).padStart(3, '0')}`,
    url: 'https://app.vendorauto.com/instances',
    axes,
    instances,
    target: match.absent ? null : target.id,
    clientId,
  };
}

export function generate(count = LAYOUT_COUNT, seed = ZOO_SEED): LayoutPair[] {
  const consoleAxes = spread(CONSOLE_AXES, count, `${seed}:console`);
  const vendorAutoAxes = spread(VENDORAUTO_AXES, count, `${seed}:va`);
  return Array.from({ length: count }, (_, index) => {
    const clientId = `${CLIENT_PREFIX}${seeded(`${seed}:client-${index}`).hex(32)}`;
    const console = consoleLayout(index, consoleAxes[index] ?? {}, clientId);
    const oldSecret = console.apps[console.due]?.secret ?? '';
    return {
      index,
      console,
      vendorAuto: vendorAutoLayout(index, vendorAutoAxes[index] ?? {}, clientId, oldSecret),
    };
  });
}

/** A fixed, seeded subset of `n` pairs: the same every run. */
export function sample(pairs: LayoutPair[], n: number, seed = ZOO_SEED): LayoutPair[] {
  if (n >= pairs.length) return pairs;
  const picked = seeded(`${seed}:sample`)
    .shuffle([...pairs])
    .slice(0, n);
  return picked.sort((a, b) => a.index - b.index);
}
