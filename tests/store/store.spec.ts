/**
 * What the stores check before a human reviewer sees the upload: description length in every
 * locale, icon sizes, a justification for every permission and host, Mozilla's linter, the
 * listing artwork. Reads the production builds (.output/chrome-mv3, .output/firefox-mv3).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = ['chrome-mv3', 'firefox-mv3'].map((name) => join(ROOT, '.output', name));
const STORE = join(ROOT, 'store');

type Manifest = {
  name: string;
  short_name?: string;
  description: string;
  default_locale?: string;
  icons: Record<string, string>;
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions?: string[];
  browser_specific_settings?: {
    gecko: { strict_min_version: string; data_collection_permissions: { required: string[] } };
  };
};
type Listing = {
  shortDescription: string;
  notAffiliated: string;
  singlePurpose: string;
  permissions: Record<string, string>;
  hosts: { hosts: string; patterns: string[]; why: string }[];
  firefox: { dataCollectionPermissions: string[] };
  assets: { icon: string; screenshots: string[]; promoTile: string };
};

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const manifestOf = (build: string) => readJson<Manifest>(join(build, 'manifest.json'));
const listing = readJson<Listing>(join(STORE, 'listing.json'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1'), `${path} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** `text` itself, or for `__MSG_key__` the message in every locale of the build. */
function localisedValues(build: string, text: string): { locale: string; value: string }[] {
  const key = /^__MSG_(\w+)__$/.exec(text)?.[1];
  if (!key) return [{ locale: 'manifest', value: text }];
  const localesDir = join(build, '_locales');
  return readdirSync(localesDir).map((locale) => {
    const messages = readJson<Record<string, { message: string }>>(
      join(localesDir, locale, 'messages.json'),
    );
    const entry = Object.entries(messages).find(([k]) => k.toLowerCase() === key.toLowerCase());
    if (!entry) throw new Error(`${locale} has no message ${key}`);
    return { locale, value: entry[1].message };
  });
}

for (const build of BUILDS) {
  test(`${build.split('/').pop()}: name and description fit the store limits in every locale`, () => {
    const manifest = manifestOf(build);
    for (const { locale, value } of localisedValues(build, manifest.description)) {
      expect(value.length, `description (${locale}): ${value}`).toBeLessThanOrEqual(132);
      expect(value.length, `description (${locale})`).toBeGreaterThan(40);
    }
    for (const { locale, value } of localisedValues(build, manifest.name)) {
      expect(value.length, `name (${locale})`).toBeLessThanOrEqual(75);
    }
    for (const { locale, value } of localisedValues(build, manifest.short_name ?? '')) {
      expect(value.length, `short_name (${locale})`).toBeLessThanOrEqual(12);
    }
  });

  test(`${build.split('/').pop()}: every icon is the size its key says`, () => {
    const { icons } = manifestOf(build);
    expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, file] of Object.entries(icons)) {
      expect(pngSize(join(build, file)), file).toEqual({
        width: Number(size),
        height: Number(size),
      });
    }
  });

  test(`${build.split('/').pop()}: the on-page card's shadow root is closed in the release build`, () => {
    const scripts = join(build, 'content-scripts');
    const code = readdirSync(scripts)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(scripts, file), 'utf8'))
      .join('\n');
    expect(code).toMatch(/attachShadow\(\{mode:`closed`\}/);
    expect(code).not.toMatch(/attachShadow\(\{mode:`open`\}/);
  });
}

test('every permission and every host has a justification in store/listing.json', () => {
  const manifest = manifestOf(BUILDS[0] as string);
  expect(Object.keys(listing.permissions).sort()).toEqual([...manifest.permissions].sort());
  for (const text of Object.values(listing.permissions)) expect(text.length).toBeGreaterThan(40);
  const hosts = [...manifest.host_permissions, ...(manifest.optional_host_permissions ?? [])];
  for (const host of hosts) {
    const covering = listing.hosts.filter((group) =>
      group.patterns.some((pattern) => new RegExp(pattern).test(host)),
    );
    expect(covering.length, `${host} is justified by exactly one host group`).toBe(1);
  }
  for (const group of listing.hosts) expect(group.why.length).toBeGreaterThan(40);
});

test('the listing text: short description is the manifest one, no marketplace keyword lists, says it is not affiliated', () => {
  const manifest = manifestOf(BUILDS[0] as string);
  const english = localisedValues(BUILDS[0] as string, manifest.description).find((v) =>
    ['en', 'manifest'].includes(v.locale),
  );
  expect(listing.shortDescription).toBe(english?.value);
  const long = readFileSync(join(STORE, 'description.md'), 'utf8').replace(/\s+/g, ' ');
  expect(long).toContain(listing.notAffiliated);
  // A list of marketplaces reads as keyword stuffing to the Chrome Web Store's reviewers.
  expect((long.match(/\bamazon\.[a-z]{2,3}(\.[a-z]{2})?\b/gi) ?? []).length).toBeLessThanOrEqual(1);
  expect(listing.notAffiliated).toMatch(/not affiliated.*Amazon.*VendorAuto/i);
  expect(listing.singlePurpose.length).toBeGreaterThan(40);
  const privacy = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8');
  expect(privacy).toContain('Limited Use');
  expect(privacy).toMatch(/15 minutes/);
});

test('Firefox: data collection declared as listed, minimum version that understands it', () => {
  const gecko = manifestOf(BUILDS[1] as string).browser_specific_settings?.gecko;
  expect(gecko?.data_collection_permissions.required).toEqual(
    listing.firefox.dataCollectionPermissions,
  );
  // data_collection_permissions: Firefox 140 on desktop, 142 on Android.
  expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(142);
});

test('store artwork: 1280x800 screenshots, 440x280 promo tile, 128 px icon', () => {
  expect(listing.assets.screenshots.length).toBeGreaterThanOrEqual(1);
  expect(listing.assets.screenshots.length).toBeLessThanOrEqual(5);
  for (const shot of listing.assets.screenshots) {
    expect(pngSize(join(ROOT, shot)), shot).toEqual({ width: 1280, height: 800 });
  }
  expect(pngSize(join(ROOT, listing.assets.promoTile))).toEqual({ width: 440, height: 280 });
  expect(pngSize(join(ROOT, listing.assets.icon))).toEqual({ width: 128, height: 128 });
});

test('store icon: the artwork sits inside a transparent 16 px margin', async ({ page }) => {
  const png = readFileSync(join(ROOT, listing.assets.icon)).toString('base64');
  await page.setContent('<canvas width="128" height="128"></canvas>');
  const { marginAlpha, artworkAlpha } = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const context = document.querySelector('canvas')?.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, 128, 128).data;
    let margin = 0;
    let artwork = 0;
    for (let y = 0; y < 128; y++) {
      for (let x = 0; x < 128; x++) {
        const alpha = pixels[(y * 128 + x) * 4 + 3] ?? 0;
        const inMargin = x < 14 || y < 14 || x >= 114 || y >= 114;
        if (inMargin) margin = Math.max(margin, alpha);
        else artwork += alpha > 0 ? 1 : 0;
      }
    }
    return { marginAlpha: margin, artworkAlpha: artwork };
  }, png);
  expect(marginAlpha, 'nothing drawn in the margin').toBe(0);
  expect(artworkAlpha, 'the artwork fills most of the 96 px box').toBeGreaterThan(96 * 96 * 0.5);
});

/**
 * Mozilla's linter (what addons.mozilla.org runs) on the Firefox build: no errors, and only the
 * warnings docs/release.md explains. A new warning fails here until it is fixed or explained.
 */
const EXPLAINED_LINTER_WARNINGS = [
  'UNSAFE_VAR_ASSIGNMENT chunks/jsxRuntime.module-*.js',
  'UNSAFE_VAR_ASSIGNMENT content-scripts/developer-console.js',
  'UNSAFE_VAR_ASSIGNMENT content-scripts/vendorauto.js',
];

test('addons-linter: no errors, and only the warnings docs/release.md explains', async () => {
  test.setTimeout(90_000);
  const linter = join(ROOT, 'node_modules', 'addons-linter', 'bin', 'addons-linter');
  expect(existsSync(linter), 'addons-linter is installed').toBe(true);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [linter, '--output', 'json', BUILDS[1] as string],
    { maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const report = JSON.parse(stdout) as {
    errors: { code: string; file?: string; message: string }[];
    warnings: { code: string; file?: string }[];
  };
  expect(report.errors).toEqual([]);
  const warnings = report.warnings
    .map((w) => `${w.code} ${(w.file ?? '').replace(/-[\w-]{8}\.js$/, '-*.js')}`)
    .sort();
  expect(warnings).toEqual(EXPLAINED_LINTER_WARNINGS);
  const docs = readFileSync(join(ROOT, 'docs', 'release.md'), 'utf8');
  for (const warning of EXPLAINED_LINTER_WARNINGS) expect(docs).toContain(warning);
});
