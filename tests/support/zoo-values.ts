/** What a generated zoo layout pair must never let out: its apps' and instances' own data. */
import type { LayoutPair } from '../zoo/types';

const DAY_MS = 86_400_000;
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** An ISO day in every way the simulated consoles write a date (en, de, fr/it/es, ja, nl, US). */
function dateFormats(iso: string): string[] {
  const [y, m, d] = iso.split('-') as [string, string, string];
  return [
    iso,
    `${d}.${m}.${y}`,
    `${d}/${m}/${y}`,
    `${d}-${m}-${y}`,
    `${m}/${d}/${y}`,
    `${y}/${m}/${d}`,
    `${MONTHS[Number(m) - 1]} ${Number(d)}, ${y}`,
  ];
}

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A generated name without its running number ("Northwind Order Router 3" -> "Northwind Order Router"). */
const nameStem = (name: string) => name.replace(/\s+\d+$/, '');

/**
 * Every secret (old and new), Client ID, App ID and name of the pair, and each app's deadline in
 * every date format the console pages use: none may reach an outline.
 */
export function layoutValues({ console: layout, vendorAuto }: LayoutPair): string[] {
  const values = [layout.newSecret, vendorAuto.clientId];
  for (const app of layout.apps) {
    values.push(app.secret, app.clientId, app.appId, nameStem(app.name));
    values.push(...dateFormats(addDays(layout.today, app.daysLeft)));
  }
  for (const instance of vendorAuto.instances)
    values.push(instance.secret, instance.clientId, nameStem(instance.name));
  return [...new Set(values)];
}
