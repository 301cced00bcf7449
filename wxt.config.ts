import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import {
  CONSOLE_HOST_PERMISSIONS,
  OPTIONAL_HOST_PERMISSIONS,
  VENDORAUTO_MATCHES,
} from './utils/core/hosts';

export default defineConfig({
  // No @wxt-dev/webextension-polyfill module: it would route WXT's own content-script runtime
  // through the polyfill, whose API table is ~10 KB of every content script. The background and
  // extension pages import webextension-polyfill themselves; content scripts use the browser's
  // own promise API (utils/content/messaging.ts), which Chrome MV3 and Firefox both provide.
  modules: ['@wxt-dev/i18n/module'],
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
    // Name and description per UI language (locales/*.yml); the Chrome Web Store rejects a
    // description over 132 characters in any locale (tests/unit/locales.test.ts pins it).
    default_locale: 'en',
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'scripting'],
    host_permissions: [...CONSOLE_HOST_PERMISSIONS, ...VENDORAUTO_MATCHES],
    optional_host_permissions: OPTIONAL_HOST_PERMISSIONS,
    action: { default_title: '__MSG_extActionTitle__' },
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
