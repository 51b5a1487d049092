import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Rollup warns about zod's `/* #__PURE__ */` annotations on every build; they are harmless.
const quietLogs = new Set(['INVALID_ANNOTATION']);

export default defineConfig({
  // Explicit imports everywhere: readers and lint see every dependency, and the engine runs outside WXT.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    permissions: ['storage', 'contextMenus'],
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'unwall@unwall.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
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
