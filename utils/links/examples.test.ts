import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every export of the engine (and of the URL toolkit under it) shows its use: the doc comment right
 * above each `export function` and `export const` carries an `@example`.
 */
const here = import.meta.dirname;
const files = [
  ...readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => resolve(here, f)),
  resolve(here, '../url.ts'),
];

/** The names of the exported functions and constants whose doc comment lacks an `@example`. */
function withoutExample(source: string): string[] {
  const missing: string[] = [];
  for (const found of source.matchAll(/^export (?:async )?(?:function|const) (\w+)/gm)) {
    const before = source.slice(0, found.index).trimEnd();
    const doc = before.endsWith('*/') ? before.slice(before.lastIndexOf('/**')) : '';
    if (!doc.includes('@example')) missing.push(found[1]!);
  }
  return missing;
}

describe('the engine documents every export with an example', () => {
  it('finds the exports it checks', () => {
    expect(withoutExample('/** @example f() */\nexport function f() {}\nexport const g = 1;')).toEqual(['g']);
  });

  it.each(files.map((file) => [file.slice(here.length - 'links'.length), file]))(
    '%s has an @example on every export',
    (_, file) => {
      expect(withoutExample(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );
});
