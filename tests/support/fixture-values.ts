/** What a simulated page must never let out: its apps' and instances' own names, IDs and secrets. */
import type { Page } from '@playwright/test';

/** The fixture's own names, IDs and secrets, from its test hooks: none may reach an outline. */
export async function fixtureValues(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Hooks = { config?: { apps?: unknown; instances?: unknown }; rotations?: unknown };
    const pageHooks = window as unknown as { __fixture?: Hooks; __vendorAuto?: Hooks };
    const hooks = pageHooks.__fixture ?? pageHooks.__vendorAuto;
    const sensitive =
      /^(?:name|clientId|clientSecret|secret|oldSecret|newSecret|appId|vendorCode)$/;
    const values: string[] = [];
    const visit = (value: unknown, key: string) => {
      if (typeof value === 'string' && sensitive.test(key)) values.push(value);
      else if (Array.isArray(value)) for (const item of value) visit(item, key);
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) visit(v, k);
    };
    // The apps' and instances' own values; the config's UI strings are not data.
    const config = hooks?.config;
    visit(config?.apps, '');
    visit(config?.instances, '');
    visit(hooks?.rotations, '');
    return values;
  });
}
