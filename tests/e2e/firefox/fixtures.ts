import { test as base } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import type { ExtensionTab } from '../harness/firefox/extension-tab';
import { launchFirefox, type LaunchedFirefox } from '../harness/firefox/launch';
import { startFixtureServer, type FixtureServer } from '../harness/server';

interface WorkerFixtures {
  server: FixtureServer;
  /** One Firefox with Unwall for the whole suite: it takes seconds to start, a tab a fraction of one. */
  firefox: LaunchedFirefox;
}
interface TestFixtures {
  /** A new tab for web pages, closed after the test. */
  tab: Page;
  /** Opens one of the extension's own pages (e.g. `options.html`) in a tab closed after the test. */
  openExtensionPage: (path: string) => Promise<ExtensionTab>;
}

/**
 * Playwright runs the Firefox suite (its runner, `expect` and reports), while puppeteer-core drives the
 * browser: Playwright's own Firefox is a patched build, and the stock one speaks WebDriver BiDi.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // Playwright reads the fixture's dependencies from this pattern; the server needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  firefox: [
    async ({ server }, use) => {
      const firefox = await launchFirefox(server);
      await use(firefox);
      await firefox.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  tab: async ({ firefox }, use) => {
    const page = await firefox.browser.newPage();
    await use(page);
    await page.close();
  },
  openExtensionPage: async ({ firefox }, use) => {
    const opened: ExtensionTab[] = [];
    await use(async (path) => {
      const tab = await firefox.openExtensionPage(path);
      opened.push(tab);
      return tab;
    });
    for (const tab of opened) await tab.close();
  },
});

export const expect = test.expect;
