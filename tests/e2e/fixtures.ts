import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionDir } from './harness/build';
import { findChromium } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/server';

interface WorkerFixtures {
  server: FixtureServer;
}
interface TestFixtures {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, to read its state (badge, storage) as the browser has it. */
  serviceWorker: Worker;
  /** Opens one of the extension's own pages (e.g. `popup.html`). */
  openExtensionPage: (path: string) => Promise<Page>;
}

function launchArgs(server: FixtureServer): string[] {
  // Every host name goes to the fixture server; nothing reaches the network.
  const rules = [
    `MAP *:443 127.0.0.1:${server.httpsPort}`,
    `MAP *:80 127.0.0.1:${server.httpPort}`,
    'EXCLUDE 127.0.0.1',
  ].join(', ');
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    ...(process.env.UNWALL_LANG ? [`--lang=${process.env.UNWALL_LANG}`] : []),
  ];
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
  context: async ({ server }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'unwall-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      ignoreHTTPSErrors: true,
      chromiumSandbox: false,
      args: launchArgs(server),
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
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
});

export const expect = test.expect;
