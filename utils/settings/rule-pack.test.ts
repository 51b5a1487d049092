import { describe, expect, it } from 'vitest';
import { createPageEngine } from '@/utils/links';
import { platforms } from '@/utils/platforms';
import type { Platform } from '@/utils/platforms/schema';
import { checkPack, writePack } from './rule-pack';

/** A platform the registry lacks, as a pack would bring it. */
const goExample: Platform = {
  id: 'goexample',
  names: { en: 'Go Example', zh: '示例跳转' },
  domains: ['go.example.org'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['go.example.org'],
      path: '/out',
      query: { to: '{u:url}' },
      to: '{u}',
      source: 'https://go.example.org/about',
      verified: '2026-12-01',
    },
  ],
  examples: [
    { input: 'https://go.example.org/out?to=https%3A%2F%2Fexample.com%2Fa', url: 'https://example.com/a' },
    { input: 'https://go.example.org/out?to=javascript%3Aalert(1)', url: null },
  ],
};

const packOf = (entries: readonly Platform[]) => writePack(entries, new Date('2026-12-01T10:00:00Z'));

describe('rule packs', () => {
  it('writes the registry as a pack that round-trips and passes its own examples', () => {
    const result = checkPack(packOf(platforms));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.pack.entries).toEqual(JSON.parse(JSON.stringify(platforms)));
      expect(result.pack.generated).toBe('2026-12-01T10:00:00.000Z');
    }
  }, 60_000);

  it('takes a pack with a platform of its own, whose rule the engine then applies', () => {
    const result = checkPack(packOf([goExample]));
    expect(result.ok).toBe(true);
    const engine = createPageEngine([], { packs: result.ok ? result.pack.entries : [] });
    expect(engine.toDirectUrl('https://go.example.org/out?to=https%3A%2F%2Fexample.com%2Fb')).toBe(
      'https://example.com/b',
    );
  });

  it('refuses the whole pack when one example fails, naming the entry and the example', () => {
    const wrong = {
      ...goExample,
      examples: [
        ...goExample.examples,
        {
          input: 'https://go.example.org/out?to=https%3A%2F%2Fexample.com%2Fc',
          url: 'https://example.com/other',
        },
      ],
    };
    expect(checkPack(packOf([wrong, ...platforms.slice(0, 3)]))).toEqual({
      ok: false,
      problems: [
        {
          kind: 'example',
          entry: 'goexample',
          input: 'https://go.example.org/out?to=https%3A%2F%2Fexample.com%2Fc',
          expected: 'https://example.com/other',
          got: 'https://example.com/c',
        },
      ],
    });
  });

  it.each([
    ['text that is not JSON', '{"format":', [{ kind: 'notJson' }]],
    [
      'another format',
      packOf([goExample]).replace('"unwall-rule-pack"', '"x"'),
      [{ kind: 'invalid', path: 'format' }],
    ],
    [
      'an entry with a regular expression for a host',
      packOf([{ ...goExample, domains: ['.*\\.example\\.org'] }]),
      [{ kind: 'invalid', path: 'entries.0.domains.0' }],
    ],
    ['the same entry twice', packOf([goExample, goExample]), [{ kind: 'duplicate', entry: 'goexample' }]],
  ])('refuses %s', (_, text, problems) => {
    expect(checkPack(text)).toEqual({ ok: false, problems });
  });
});
