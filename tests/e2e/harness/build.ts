import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../../..');
export const extensionDir = join(root, '.output/chrome-mv3');
/** The Firefox package (MV2), as `wxt build -b firefox` writes it. */
export const firefoxExtensionDir = join(root, '.output/firefox-mv2');
const sources = [
  'entrypoints',
  'components',
  'utils',
  'public',
  'assets',
  'scripts/build',
  'wxt.config.ts',
  'package.json',
];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

/** Builds the extension for `browser` unless its output is newer than every source file. */
export function ensureFreshBuildFor(browser: 'chrome' | 'firefox'): void {
  const manifest = join(browser === 'chrome' ? extensionDir : firefoxExtensionDir, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const newest = Math.max(
    ...sources
      .map((s) => join(root, s))
      .filter(existsSync)
      .map(newestMtime),
  );
  if (built > newest) return;
  execSync(`npx wxt build -b ${browser}`, { cwd: root, stdio: process.env.CI ? 'pipe' : 'inherit' });
}

/** Builds the Chrome extension unless `.output/chrome-mv3` is newer than every source file. */
export default function ensureFreshBuild(): void {
  ensureFreshBuildFor('chrome');
}
