import { defineConfig } from '@playwright/test';

/**
 * The end-to-end smoke suite in the system Firefox with the built Firefox package (`npm run
 * test:e2e:firefox`): Playwright runs it, puppeteer-core drives the browser (tests/e2e/firefox).
 */
export default defineConfig({
  testDir: 'tests/e2e/firefox',
  globalSetup: './tests/e2e/harness/firefox/build.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
});
