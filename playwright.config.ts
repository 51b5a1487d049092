import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // The Firefox suite has its own runner config (playwright.firefox.config.ts).
  testIgnore: 'firefox/**',
  globalSetup: './tests/e2e/harness/build.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
