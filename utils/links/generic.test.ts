import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_HREF_LENGTH } from '../url';
import { genericTarget } from './generic';

const target = 'https://shop.example.org/a?b=1';
const once = encodeURIComponent(target);
const b64 = btoa(target);
const urlSafe = b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('the generic fallback', () => {
  it.each([
    ['a plain value', `https://t.example.net/c?id=7&url=${target}`],
    ['a value encoded once', `https://t.example.net/c?u=${once}`],
    ['a value encoded twice', `https://t.example.net/c?to=${encodeURIComponent(once)}`],
    [
      'a value with only its colon encoded',
      `https://t.example.net/c?target=https%3A//shop.example.org/a?b=1`,
    ],
    ['a tracker’s own parameter name', `https://ad.example.net/aclk?sa=l&adurl=${once}`],
    ['a base64 value', `https://t.example.net/c?r=${encodeURIComponent(b64)}`],
    ['a url-safe base64 value', `https://t.example.net/c?r=${urlSafe}`],
    ['a plain address in the path', `https://t.example.net/links/123/sid/x/${target}`],
    ['an encoded path segment', `https://t.example.net/CL0/${once}/1/0100018f/AbCd=357`],
    ['a segment after a prefix', `https://t.example.net/click/camref:1/destination:${once}`],
    ['a url-safe base64 path segment', `https://t.example.net/click/123.456/${urlSafe}/abc`],
    ['a whole query that is the address', `https://t.example.net/?${target}`],
    ['a parameter that repeats the same address', `https://t.example.net/c?url=${once}&fallback=${once}`],
  ])('finds the address in %s', (_, href) => {
    expect(genericTarget(href)).toBe(target);
  });

  it.each([
    ['an address on the wrapper’s own site', `https://go.example.org/out?url=${once}`],
    [
      'two parameters naming different sites',
      `https://t.example.net/c?link=${once}&ofl=https%3A%2F%2Fother.example.com%2F`,
    ],
    ['a javascript: target', 'https://t.example.net/c?url=javascript%3Aalert(1)'],
    ['a data: target in base64', `https://t.example.net/c?u=${btoa('data:text/html,x')}`],
    ['a base64 target hiding a line break', `https://t.example.net/c?u=${btoa('https://a.example.org/\nx')}`],
    ['a target with credentials', 'https://t.example.net/c?url=https%3A%2F%2Fu%3Ap%40a.example.org%2F'],
    ['a referrer parameter', `https://t.example.net/page?ref=${once}`],
    ['an address without a scheme', 'https://t.example.net/c?url=shop.example.org%2Fa'],
    ['a share dialog', `https://www.facebook.com/sharer/sharer.php?u=${once}`],
    ['a tweet intent', `https://twitter.com/intent/tweet?url=${once}&text=hi`],
    ['an archived copy', `https://web.archive.org/web/2024/${target}`],
    ['an archive site', `https://archive.ph/2024.01.01/${target}`],
    ['a validator', `https://validator.w3.org/check?uri=${once}`],
    ['a search for an address', `https://www.example.com/search?q=${once}`],
    ['an IP-address wrapper', `https://203.0.113.7/r?url=${once}`],
    ['a page with no address', 'https://t.example.net/c?id=7&url=%2Fhome'],
    ['an app link', `weixin://dl/business/?url=${once}`],
  ])('leaves %s alone', (_, href) => {
    expect(genericTarget(href)).toBeNull();
  });

  it('refuses an href longer than any real link before reading it', () => {
    const href = `https://t.example.net/c?u=${once}&pad=${'x'.repeat(MAX_HREF_LENGTH)}`;
    expect(genericTarget(href)).toBeNull();
  });

  it.each([
    ['nested escapes', `https://t.example.net/c?u=${'%25'.repeat(2700)}`],
    ['parameters', `https://t.example.net/c?${'u=https%3A%2F%2F&'.repeat(480)}`],
    ['path segments', `https://t.example.net/${'https%3A%2F%2Fa/'.repeat(500)}`],
    ['base64 prefixes', `https://t.example.net/c?${'r=aHR0cHM6Ly9&'.repeat(580)}`],
  ])('reads an href of the longest length made of %s and gives nothing', (_, href) => {
    expect(href.length).toBeLessThanOrEqual(MAX_HREF_LENGTH);
    expect(genericTarget(href)).toBeNull();
  });
});

describe('the generic fallback, for any href', () => {
  const pieces = [
    'https://t.example.net/',
    'http://',
    'https%3A%2F%2F',
    'https%253A%252F%252F',
    'aHR0cHM6Ly9',
    'javascript:alert(1)',
    'a.example.org/',
    'login/',
    '?url=',
    '&u=',
    '%',
    '%2F',
    '=',
    '#',
    '/',
    'x.mp3',
  ];
  const anyHref = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 24 })
    .map((parts) => parts.join(''));

  it('never throws and gives only an http(s) address on another site, or nothing', () => {
    fc.assert(
      fc.property(anyHref, (href) => {
        const found = genericTarget(href);
        if (found === null) return;
        expect(found).toMatch(/^https?:\/\//);
        expect(new URL(found).href).toBe(found);
      }),
      { numRuns: 2000 },
    );
  });
});
