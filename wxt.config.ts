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
  manifest: ({ browser }) => ({
    name: 'LWA Secret Rotator for VendorAuto',
    short_name: 'LWA Rotator',
    description:
      'Rotate your Amazon SP-API (Login with Amazon) client secret and put the new one into VendorAuto — without copying it through a text editor.',
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'scripting'],
    host_permissions: [...CONSOLE_HOST_PERMISSIONS, ...VENDORAUTO_MATCHES],
    optional_host_permissions: OPTIONAL_HOST_PERMISSIONS,
    action: { default_title: 'LWA Secret Rotator' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lwa-secret-rotator@vendorauto-tools',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['authenticationInfo'] },
            },
          },
        }
      : {}),
  }),
});
