import { chromium, type BrowserContext, type BrowserContextOptions, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionDir } from './build';
import { findChromium } from './chromium';
import type { FixtureServer } from './server';

export interface LaunchOptions {
  /** UI language of the browser (`en`, `zh-CN`); picks the extension's `_locales`. */
  lang?: string;
  /** Load the built extension (default) or run the same browser without it (benchmarks). */
  withExtension?: boolean;
  /** More command-line switches (the benchmark exposes `gc()` to start each measurement on a clean heap). */
  args?: string[];
  /** Read the first-run page's main heading before closing it (`Launched.firstRunHeading`). */
  readFirstRun?: boolean;
  /** The screen the pages see (a phone's width, metrics and touch screen); a desktop window by default. */
  device?: Pick<BrowserContextOptions, 'viewport' | 'isMobile' | 'hasTouch' | 'deviceScaleFactor'>;
}

export interface Launched {
  context: BrowserContext;
  /** The extension's service worker (null without the extension). */
  serviceWorker: Worker | null;
  extensionId: string | null;
  /** The first-run page the install opened (closed at once, so each test starts with no tab of Unwall's). */
  firstRunPage: string | null;
  /** Its main heading as shown, when `readFirstRun` asked for it. */
  firstRunHeading: string | null;
  close(): Promise<void>;
}

/**
 * The first-run page a fresh install opens, closed: its address, or null when none opened within
 * ten seconds (the welcome test then fails; other tests lose nothing).
 */
async function closeFirstRunPage(
  context: BrowserContext,
  read: boolean,
): Promise<{ url: string; heading: string | null } | null> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const page = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) {
      const url = page.url();
      const heading = read ? await page.locator('h1').first().textContent() : null;
      await page.close();
      return { url, heading };
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
  return null;
}

function launchArgs(server: FixtureServer, options: LaunchOptions): string[] {
  // Every host name goes to the fixture server; nothing reaches the network.
  const rules = [
    `MAP *:443 127.0.0.1:${server.httpsPort}`,
    `MAP *:80 127.0.0.1:${server.httpPort}`,
    'EXCLUDE 127.0.0.1',
  ].join(', ');
  const extension =
    options.withExtension === false
      ? []
      : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
  return [
    ...extension,
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    ...(options.lang ? [`--lang=${options.lang}`] : []),
    ...(options.args ?? []),
  ];
}

/** Starts Debian's Chromium with a fresh profile and the built extension, serving every host from the fixture server. */
export async function launchBrowser(server: FixtureServer, options: LaunchOptions = {}): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'unwall-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    chromiumSandbox: false,
    args: launchArgs(server, options),
    env: options.lang ? { ...process.env, LANGUAGE: options.lang.replace('-', '_') } : undefined,
    ...options.device,
  });
  const serviceWorker =
    options.withExtension === false
      ? null
      : (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  const firstRun = serviceWorker ? await closeFirstRunPage(context, options.readFirstRun ?? false) : null;
  return {
    context,
    serviceWorker,
    extensionId: serviceWorker ? new URL(serviceWorker.url()).host : null,
    firstRunPage: firstRun?.url ?? null,
    firstRunHeading: firstRun?.heading ?? null,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
