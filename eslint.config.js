// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The layer arrows of the house style, enforced: entrypoints -> components -> utils/extension, and
 * entrypoints -> utils/page; utils/extension and utils/page -> utils/protocol -> utils/links ->
 * utils/platforms -> utils/url.ts, with utils/settings (the pure settings schema and the feature
 * switches) beside utils/protocol, for components and the background alike. The engine and the data
 * never reach up, never touch `browser`; the DOM layer knows nothing of storage; the background never
 * reaches into the DOM layer (both sides meet in utils/protocol). The URL toolkit lies below them all,
 * because every layer asks its questions (the platform data and its tests too): it imports nothing of
 * the project.
 */
const above = (...layers) => [...layers, './components', './entrypoints'];
const layerZones = [
  {
    target: './utils/url.ts',
    from: above(
      './utils/links',
      './utils/platforms',
      './utils/page',
      './utils/extension',
      './utils/protocol',
      './utils/settings',
      './utils/payments',
    ),
  },
  {
    target: './utils/payments',
    from: above(
      './utils/links',
      './utils/platforms',
      './utils/page',
      './utils/extension',
      './utils/protocol',
      './utils/settings',
    ),
  },
  {
    target: './utils/platforms',
    from: above('./utils/links', './utils/page', './utils/extension', './utils/protocol', './utils/settings'),
  },
  {
    target: './utils/links',
    from: above('./utils/page', './utils/extension', './utils/protocol', './utils/settings'),
  },
  { target: './utils/protocol', from: above('./utils/page', './utils/extension', './utils/settings') },
  { target: './utils/settings', from: above('./utils/page', './utils/extension', './utils/protocol') },
  // Problem reports: pure text from facts the extension gathers, beside utils/settings.
  { target: './utils/report', from: above('./utils/page', './utils/extension', './utils/protocol') },
  { target: './utils/page', from: above('./utils/extension', './utils/settings') },
  { target: './utils/extension', from: ['./utils/page', './components', './entrypoints'] },
  // The Traditional forms of the data's texts: for the pages (components, entrypoints) only.
  {
    target: [
      './utils/links',
      './utils/platforms',
      './utils/payments',
      './utils/page',
      './utils/extension',
      './utils/protocol',
      './utils/settings',
      './utils/report',
      './utils/url.ts',
    ],
    from: './utils/i18n',
  },
  { target: './components', from: ['./entrypoints', './utils/extension'] },
].map((zone) => ({ ...zone, message: 'This import points up the layers of the house style.' }));

/**
 * The files a content script is built from (every web page runs it): they carry no zod and no
 * settings schema (the background checks what they send), nor anything that would pull those in.
 */
const contentScriptFiles = [
  'entrypoints/*.content.ts',
  'utils/page/**',
  'utils/protocol/**',
  'utils/settings/keys.ts',
  'utils/settings/features.ts',
  'utils/extension/page-client.ts',
  'utils/extension/page-text.ts',
  'utils/extension/i18n.ts',
];

const pureLayers = [
  'utils/links/**',
  'utils/platforms/**',
  'utils/payments/**',
  'utils/i18n/**',
  'utils/url.ts',
];

/** The engine's files a content script is built from too: pure, and without zod. */
const pureContentScriptFiles = [
  'utils/url.ts',
  'utils/links/page-filter.ts',
  'utils/links/decode.ts',
  'utils/platforms/define-platform.ts',
];

const pureImports = {
  group: ['wxt', 'wxt/*', 'webextension-polyfill', 'preact', 'preact/*'],
  message: 'The engine and the data stay pure: no browser, no UI.',
};
const pageOnlyImports = {
  group: ['@/utils/i18n/*', '**/utils/i18n/*'],
  message: 'The Traditional Chinese forms of the data are for the pages: content scripts stay small.',
};
const zodImports = {
  group: ['zod', 'zod/*', 'webextension-polyfill', '@/utils/settings/schema', '@/utils/extension/requests'],
  message:
    'Content scripts carry no zod: the background checks what they send (utils/extension/requests.ts).',
};

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Small functions: a factory that grows past this does several jobs and is split by concern.
    files: ['utils/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: contentScriptFiles,
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [zodImports, pageOnlyImports] }] },
  },
  {
    files: pureLayers,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [pureImports],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['browser', 'chrome', 'document', 'window', 'localStorage', 'fetch', 'XMLHttpRequest'].map(
          (name) => ({
            name,
            message: 'The engine and the data are pure: no DOM, no extension APIs, no network.',
          }),
        ),
      ],
    },
  },
  {
    // Pure and part of the content script: both rules at once (a later rule's options replace an earlier one's).
    files: pureContentScriptFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: [pureImports, zodImports] }] },
  },
);
