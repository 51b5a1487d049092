import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchBrowser, type Launched } from './harness/launch';
import { startFixtureServer, type FixtureServer } from './harness/server';

interface WorkerFixtures {
  server: FixtureServer;
}
interface TestFixtures {
  /** The browser's UI language for this test (`test.use({ lang: 'zh-CN' })`); `UNWALL_LANG` or the default. */
  lang: string | undefined;
  launched: Launched;
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, to read its state (badge, storage) as the browser has it. */
  serviceWorker: Worker;
  /** Opens one of the extension's own pages (e.g. `popup.html`). */
  openExtensionPage: (path: string) => Promise<Page>;
  /** Opens the popup page about the tab that shows `page`, as the toolbar button would. */
  openPopupFor: (page: Page) => Promise<Page>;
}

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
  lang: [process.env.UNWALL_LANG, { option: true }],
  launched: async ({ server, lang }, use) => {
    const launched = await launchBrowser(server, { lang });
    await use(launched);
    await launched.close();
  },
  context: async ({ launched }, use) => {
    await use(launched.context);
  },
  serviceWorker: async ({ launched }, use) => {
    await use(launched.serviceWorker!);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
  openPopupFor: async ({ serviceWorker, openExtensionPage }, use) => {
    await use(async (page) => {
      await page.bringToFront();
      // Without the `tabs` permission the worker cannot read tab addresses; the active tab is the page.
      const tabId = await serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id;
      });
      return openExtensionPage(`popup.html?tab=${tabId}`);
    });
  },
});

export const expect = test.expect;
