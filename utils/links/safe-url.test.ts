import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './resolve';

/** What safeHttpUrl must give, by the full parser only. */
function reference(candidate: string): string | null {
  if (candidate.length > 8192) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || !url.hostname.includes('.')) return null;
  return url.href;
}

const piece = fc.constantFrom(
  'a',
  'Z',
  '0',
  '.',
  '..',
  '/',
  '//',
  '?',
  '#',
  '%',
  '%2e',
  '%2E',
  '%41',
  "'",
  '"',
  ' ',
  '\t',
  '\\',
  '@',
  ':',
  ':443',
  ':80',
  ':8080',
  'xn--',
  'xn--fiq228c',
  '-',
  '~',
  '`',
  '{',
  '<',
  '中',
  'é',
  '&',
  '=',
  '+',
  '1',
  '255',
);
const mutated = fc
  .tuple(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.array(fc.tuple(fc.nat(), piece), { maxLength: 4 }),
  )
  .map(([url, edits]) =>
    edits.reduce(
      (s, [at, text]) => s.slice(0, at % (s.length + 1)) + text + s.slice(at % (s.length + 1)),
      url,
    ),
  );

describe('safeHttpUrl', () => {
  it('gives exactly what the full URL parser gives, for any address (its fast path included)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), mutated),
        (candidate) => {
          expect(safeHttpUrl(candidate)).toBe(reference(candidate));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it.each([
    'https://a.com/x/../y',
    'https://a.com/%2e%2e/y',
    'https://A.com/',
    'https://a.com:443/',
    'http://1.2.3/',
    'https://xn--zz.com/',
    'https://a.com',
    "https://a.com/?q='x'",
    'https://user@a.com/',
  ])('normalises or refuses %s like URL does', (candidate) => {
    expect(safeHttpUrl(candidate)).toBe(reference(candidate));
  });
});
