import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/browser';

export default defineConfig({
  testDir: 'tests',
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
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
  },
  projects: [
    // Anchored on tests/ so a checkout path that happens to contain a suite's name matches nothing.
    { name: 'chromium', testMatch: /tests\/(e2e|model|security)\/.*\.spec\.ts$/ },
    // puppeteer-core drives Firefox over WebDriver BiDi; Playwright only runs the tests.
    { name: 'firefox', testMatch: /tests\/firefox\/.*\.spec\.ts$/, fullyParallel: false },
    { name: 'a11y', testMatch: /tests\/a11y\/.*\.spec\.ts$/ },
    { name: 'store', testMatch: /tests\/store\/.*\.spec\.ts$/ },
  ],
});
