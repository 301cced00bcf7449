/**
 * Each content script runs in every matching page the user opens: its raw size is held under
 * 80 KB (81,920 bytes) in both production builds, so a dependency pulled into a page (a schema
 * library, a storage wrapper) shows up here before it ships. Reads .output/*-mv3.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = ['chrome-mv3', 'firefox-mv3'].map((name) => join(ROOT, '.output', name));
const CONTENT_SCRIPT_BUDGET_BYTES = 80 * 1024;

type Manifest = { content_scripts?: { js?: string[] }[] };

for (const build of BUILDS) {
  test(`every content script in ${build.split('/').at(-1)} stays within 80 KB`, () => {
    expect(existsSync(join(build, 'manifest.json')), `${build} is built`).toBe(true);
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Manifest;
    const scripts = [
      ...new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? [])),
    ];
    // Both sites' scripts are declared in the manifest: an empty list would pass vacuously.
    expect(scripts).toEqual(
      expect.arrayContaining([
        'content-scripts/developer-console.js',
        'content-scripts/vendorauto.js',
      ]),
    );
    const sizes = Object.fromEntries(scripts.map((js) => [js, statSync(join(build, js)).size]));
    for (const [js, bytes] of Object.entries(sizes))
      expect(bytes, `${js} is ${bytes} bytes`).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
  });
}
