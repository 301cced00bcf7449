import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/support/browser';

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'model/**/*.spec.ts', 'security/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  // One retry on CI absorbs a loaded machine; Playwright still reports such a test as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 8_000 },
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    // Model tests use Playwright's own page; e2e tests launch their own context with the extension.
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
});
