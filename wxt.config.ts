import { execFileSync } from 'node:child_process';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { stripPlatformDataPlugin } from './scripts/build/strip-platform-data';
import { interstitialMatches } from './utils/links/interstitials';
import { windowOpenMatches } from './utils/links/open-wrappers';
import { platforms } from './utils/platforms';

// 'wasm-unsafe-eval' lets the popup compile the QR decoder's WebAssembly (bundled, loaded only when a
// code is read); it allows no JavaScript eval.
const extensionPagesCsp =
  "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * The options page's list of built-in rules with their examples and sources, from the full platform
 * files (the bundles leave those out). A script of its own: it loads the engine, whose `@/` imports
 * the config loader does not resolve.
 */
function ruleCatalogJson(): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/rule-catalog.ts'], {
    cwd: import.meta.dirname,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

// Rollup warns about zod's `/* #__PURE__ */` annotations on every build; they are harmless.
const quietLogs = new Set(['INVALID_ANNOTATION']);

export default defineConfig({
  // Explicit imports everywhere: readers and lint see every dependency, and the engine runs outside WXT.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    // activeTab: the popup's "Read QR codes on this page" and the "Read QR code" menu capture the
    // visible tab, only after that click and only that tab; no host permission. clipboardWrite: "Copy
    // direct link" writes from the background, which no click reaches; Chrome's service worker has no
    // clipboard, so a hidden offscreen document of ours copies (entrypoints/offscreen).
    // scripting: the popup, on opening, runs its read-only "seen on this page" reader in that tab
    // (activeTab's grant only). alarms: the hourly look whether the rule-pack subscription's daily
    // download is due (nothing is downloaded while the subscription is off, its default).
    permissions: [
      'storage',
      'contextMenus',
      'activeTab',
      'clipboardWrite',
      'scripting',
      'alarms',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    // Alt+Shift+U and Alt+Shift+V: no Chrome or Firefox default uses them; the user may change them in
    // the browser's shortcut settings. Firefox for Android has no commands (see optional-apis.ts).
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_commandToggleSite__',
      },
      'open-paste': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_commandOpenPaste__',
      },
    },
    // Extension pages run only their own bundled scripts; no plugins, no <base>, no form posts.
    content_security_policy: { extension_pages: extensionPagesCsp },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'unwall@unwall.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads `data_collection_permissions` from 142 on (MDN's compat data, which
            // the add-ons linter checks); every other key here is older there. It has no context menus:
            // the background checks for them at run time (utils/extension/optional-apis.ts).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    build: {
      rollupOptions: {
        onLog(level, log, handler) {
          if (log.code && quietLogs.has(log.code)) return;
          handler(level, log);
        },
      },
    },
  }),
  hooks: {
    'build:publicAssets'(_wxt, files) {
      files.push({ relativeDest: 'rule-catalog.json', contents: ruleCatalogJson() });
    },
    // Platform files carry examples and sources for the tests and the reader; the bundles get only
    // what they run.
    'vite:build:extendConfig'(entrypoints, viteConfig) {
      const forContentScripts = entrypoints.every((e) => e.type === 'content-script');
      viteConfig.plugins = [...(viteConfig.plugins ?? []), stripPlatformDataPlugin()];
      // Content scripts call only promise-based APIs that Chrome (MV3) and Firefox both have natively,
      // so they skip webextension-polyfill and stay small; the background and the pages keep it.
      if (forContentScripts) {
        const alias = viteConfig.resolve?.alias ?? [];
        const others = Array.isArray(alias)
          ? alias.filter((a) => a.find !== 'wxt/browser')
          : Object.entries(alias)
              .filter(([find]) => find !== 'wxt/browser')
              .map(([find, replacement]) => ({ find, replacement }));
        viteConfig.resolve = {
          ...viteConfig.resolve,
          alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...others],
        };
      }
    },
    // The interstitial script runs only on the registry's "you are leaving" hosts.
    'build:manifestGenerated'(_wxt, manifest) {
      const script = manifest.content_scripts?.find((c) => c.js?.some((js) => js.includes('interstitial')));
      if (script) script.matches = interstitialMatches(platforms);
      // The page-world `window.open` guard runs only on the pages that open outside links that way.
      const guard = manifest.content_scripts?.find((c) => c.js?.some((js) => js.includes('open-guard')));
      if (guard) guard.matches = windowOpenMatches(platforms);
    },
  },
  zip: {
    excludeSources: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      'bench/tmp/**',
      '.git/**',
    ],
  },
});
