/**
 * The production manifest, as Chromium loaded it, holds exactly the reviewed permissions and
 * hosts. A new permission or host fails here until someone reviews it and updates this list.
 */
import { readFileSync } from 'node:fs';
import { type ChromeGlobal, expect, test } from '../support/extension';

const REVIEWED = JSON.parse(
  readFileSync(new URL('./reviewed-manifest.json', import.meta.url), 'utf8'),
) as {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  content_scripts: Record<string, string[]>;
};

test('the loaded manifest asks for nothing beyond the reviewed permissions and hosts', async ({
  serviceWorker,
}) => {
  const manifest = (await serviceWorker.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.runtime.getManifest(),
  )) as {
    manifest_version: number;
    name: string;
    description: string;
    permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    optional_permissions?: string[];
    content_scripts: { js: string[]; matches: string[]; all_frames?: boolean }[];
    content_security_policy?: unknown;
    web_accessible_resources?: unknown;
    externally_connectable?: unknown;
  };
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.name).toBe('LWA Secret Rotator for VendorAuto');
  expect(manifest.description.length).toBeGreaterThan(40);
  expect([...(manifest.permissions ?? [])].sort()).toEqual(REVIEWED.permissions);
  expect([...(manifest.host_permissions ?? [])].sort()).toEqual(REVIEWED.host_permissions);
  expect(manifest.optional_host_permissions).toEqual(REVIEWED.optional_host_permissions);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.content_security_policy).toBeUndefined();

  const scripts = Object.fromEntries(
    manifest.content_scripts.map((s) => [s.js.join(), [...s.matches].sort()]),
  );
  expect(scripts).toEqual(REVIEWED.content_scripts);
  // No <all_urls>, no wildcard host beyond the optional one granted per origin.
  for (const host of manifest.host_permissions ?? [])
    expect(host).not.toMatch(/<all_urls>|^\*:|^https:\/\/\*\//);
  for (const script of manifest.content_scripts) expect(script.all_frames ?? false).toBe(false);
});
