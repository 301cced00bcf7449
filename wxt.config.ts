import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import {
  CONSOLE_HOST_PERMISSIONS,
  OPTIONAL_HOST_PERMISSIONS,
  VENDORAUTO_MATCHES,
} from './utils/core/hosts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  zip: {
    // The Firefox sources zip holds what rebuilds the add-on (README "Build for review"), nothing
    // a reviewer has to skip: no tests, simulated sites, store artwork or repository tooling.
    excludeSources: [
      'tests/**',
      'scripts/**',
      'store/**',
      'docs/**',
      'demo-output/**',
      'test-results/**',
      'playwright-report/**',
      'playwright.config.ts',
      'vitest.config.ts',
      'biome.json',
      'CHANGELOG.md',
    ],
  },
  manifest: ({ browser }) => ({
    name: 'LWA Secret Rotator for VendorAuto',
    short_name: 'LWA Rotator',
    // The Chrome Web Store rejects a description over 132 characters (tests/store pins it).
    description:
      'Rotate your Amazon SP-API (Login with Amazon) client secret and put the new one into VendorAuto without copying it by hand.',
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'scripting'],
    host_permissions: [...CONSOLE_HOST_PERMISSIONS, ...VENDORAUTO_MATCHES],
    optional_host_permissions: OPTIONAL_HOST_PERMISSIONS,
    action: { default_title: 'LWA Secret Rotator' },
    // Chrome/Edge read an organisation's policy against this schema (README "Deploy in a
    // company"); Firefox takes the same values from policies.json's 3rdparty section, no schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lwa-secret-rotator@vendorauto-tools',
              // data_collection_permissions needs Firefox 140 on desktop and 142 on Android.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['authenticationInfo'] },
            },
          },
        }
      : {}),
  }),
});
