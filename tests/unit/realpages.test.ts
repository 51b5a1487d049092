import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRealPages, realPagesDir } from '../e2e/harness/realpages';

/** The research copy beside the project; a fresh clone has none, and its copy is then the reference. */
const shared = resolve(import.meta.dirname, '../../../shared/realpages');
const pages = readRealPages();

describe('the real saved pages', () => {
  it('are the files the manifest lists, and no others', () => {
    const files = readdirSync(realPagesDir).filter((name) => name !== 'manifest.json');
    expect(files.sort()).toEqual(pages.map((p) => p.file).sort());
  });

  it('count 86 expected wrapper rewrites, each counted as often as it stands in its page', () => {
    const counts = pages.map((p) => p.expected.wrappers.reduce((sum, w) => sum + w.count, 0));
    expect(counts).toEqual(pages.map((p) => p.expected.wrapperCount));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(86);
  });

  it.each(['manifest.json', ...pages.map((p) => p.file)])(
    '%s is byte for byte the shared copy, where one sits beside the project',
    (name) => {
      if (!existsSync(shared)) return;
      expect(readFileSync(resolve(realPagesDir, name)).equals(readFileSync(resolve(shared, name)))).toBe(
        true,
      );
    },
  );

  it('the shared copy has no page the project lacks', () => {
    if (!existsSync(shared)) return;
    expect(readdirSync(shared).sort()).toEqual(readdirSync(realPagesDir).sort());
  });
});
