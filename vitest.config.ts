import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest does not carry wxt.config's vite plugins into tests (extension-practice.md).
  plugins: [WxtVitest(), preact()],
  resolve: {
    alias: {
      'webextension-polyfill': resolve(import.meta.dirname, 'tests/unit/support/fake-polyfill.ts'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/support/i18n.ts'],
    restoreMocks: true,
  },
});
