import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { platforms } from '@/utils/platforms';
import type { Platform } from '@/utils/platforms/schema';
import { docOnlyKeys, stripPlatformData } from '../../scripts/build/strip-platform-data';

const platformsDir = resolve(import.meta.dirname, '../../utils/platforms');
const drop = new Set(docOnlyKeys);

/** The same removal done on the loaded objects, as the reference. */
function withoutKeys(value: unknown, inData = false): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutKeys(v));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => inData || !drop.has(key))
      .map(([key, v]) => [key, withoutKeys(v, key === 'query' || key === 'fields')]),
  );
}

/**
 * The first test loads every platform file, stripped, through Vite's transform: about 2 s on a quiet
 * two-core machine, and more than the default 5 s when the machine is busy. Its own limit guards
 * against a hang, not against slowness.
 */
const LOAD_ALL_MS = 30_000;

describe('stripping platform data for the content scripts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unwall-stripped-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'keeps every rule and drops only examples, sources and notes, in every platform',
    async () => {
      for (const file of readdirSync(platformsDir).filter(
        (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
      )) {
        const code = readFileSync(join(platformsDir, file), 'utf8');
        writeFileSync(
          join(dir, file),
          /^(schema|define-platform|index|sites)\.ts$/.test(file) ? code : stripPlatformData(code, drop),
        );
      }
      const stripped = ((await import(join(dir, 'index.ts'))) as { platforms: Platform[] }).platforms;
      expect(stripped.length).toBe(platforms.length);
      expect(stripped).toEqual(withoutKeys(platforms));
      expect(JSON.stringify(stripped)).not.toMatch(/"(examples|sources)"/);
    },
    LOAD_ALL_MS,
  );

  it('never drops URL parameters that share a name with metadata', () => {
    const code = `export default definePlatform({ id: 'x', note: 'n', wrappers: [{ query: { source: '{u:url}', note: '1' }, source: 's', to: '{u}' }] });`;
    const out = stripPlatformData(code, drop);
    expect(out).toContain(`source: '{u:url}'`);
    expect(out).toContain(`note: '1'`);
    expect(out).not.toContain(`source: 's'`);
    expect(out).not.toContain(`note: 'n'`);
  });
});
