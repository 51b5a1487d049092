// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The layer arrows of the house style, enforced: entrypoints -> components -> utils/extension,
 * utils/page -> utils/links -> utils/platforms -> utils/url.ts. The engine and the data never reach
 * up, never touch `browser`, and the DOM layer knows nothing of storage. The URL toolkit lies below
 * them all, because every layer asks its questions (the platform data and its tests too): it imports
 * nothing of the project.
 */
const layerZones = [
  {
    target: './utils/url.ts',
    from: [
      './utils/links',
      './utils/platforms',
      './utils/page',
      './utils/extension',
      './components',
      './entrypoints',
    ],
  },
  { target: './utils/links', from: ['./utils/page', './utils/extension', './components', './entrypoints'] },
  {
    target: './utils/platforms',
    from: ['./utils/links', './utils/page', './utils/extension', './components', './entrypoints'],
  },
  { target: './utils/page', from: ['./utils/extension', './components', './entrypoints'] },
  { target: './utils/extension', from: ['./components', './entrypoints'] },
  { target: './components', from: ['./entrypoints', './utils/extension'] },
].map((zone) => ({ ...zone, message: 'This import points up the layers of the house style.' }));

const pureLayers = ['utils/links/**', 'utils/platforms/**', 'utils/url.ts'];

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
    files: pureLayers,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', 'webextension-polyfill', 'preact', 'preact/*'],
              message: 'The engine and the data stay pure: no browser, no UI.',
            },
          ],
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
);
