import puppeteer, { type Browser } from 'puppeteer-core';
import { firefoxExtensionDir } from '../build';
import type { FixtureServer } from '../server';
import { BrowserWindow } from './browser-window';
import { openExtensionTab, type ExtensionTab } from './extension-tab';
import { findFirefox } from './find';
import { startFixtureProxy } from './proxy';

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on id from the manifest (`browser_specific_settings.gecko.id`). */
  extensionId: string;
  /** The host of the extension's pages, a UUID Firefox picks at install. */
  extensionHost: string;
  /** Opens one of the extension's pages (e.g. `popup.html`) in a new tab. */
  openExtensionPage(path: string): Promise<ExtensionTab>;
  close(): Promise<void>;
}

/** Preferences that send every address to the fixture proxy and keep Firefox quiet and in English. */
function prefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // A plain http address stays http (Firefox would otherwise try https first).
    'dom.security.https_first': false,
    // The extension's messages follow Firefox's language, not the machine's.
    'intl.locale.requested': 'en-US',
  };
}

/**
 * Starts the system Firefox over WebDriver BiDi (puppeteer-core, no downloaded browser) with a fresh
 * profile, serving every host from the fixture server, and installs the built Firefox package as a
 * temporary add-on: pages opened after that run its content scripts.
 */
export async function launchFirefox(server: FixtureServer): Promise<LaunchedFirefox> {
  const proxy = await startFixtureProxy(server);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: findFirefox(),
    headless: true,
    // The fixture server's throw-away certificate is accepted for this session only.
    acceptInsecureCerts: true,
    // Lets the suite reach the extension's own pages through the browser window (browser-window.ts).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs(proxy.port),
  });
  try {
    const extensionId = await browser.installExtension(firefoxExtensionDir);
    const window = await BrowserWindow.attach(browser);
    const extensionHost = await window.evaluate<string>(
      `WebExtensionPolicy.getByID(${JSON.stringify(extensionId)}).mozExtensionHostname`,
    );
    return {
      browser,
      extensionId,
      extensionHost,
      openExtensionPage: (path) => openExtensionTab(window, `moz-extension://${extensionHost}/${path}`),
      async close() {
        await browser.close();
        await proxy.close();
      },
    };
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }
}
