import { describe, expect, it } from 'vitest';
import type { PatternClass } from './pattern';
import { fillTemplate } from './template';

const none = new Map<string, PatternClass>();
const fill = (template: string, vars: Record<string, string>) => fillTemplate(template, vars, none);

describe('filling a to template', () => {
  it('joins a base64 address and its base64 query half (link.mcmod.cn <b64>@<b64>)', () => {
    expect(fill('{p|base64}?{q|base64text}', { p: 'aHR0cHM6Ly9leGFtcGxlLm9yZy9h', q: 'Yj0x' })).toBe(
      'https://example.org/a?b=1',
    );
  });

  it('refuses a base64 text part holding a space or a control character', () => {
    expect(fill('https://a.example/?{q|base64text}', { q: btoa('b=1 c') })).toBeNull();
    expect(fill('https://a.example/?{q|base64text}', { q: btoa('b=1\n') })).toBeNull();
  });

  it('writes a host-and-path target after the scheme its template names, decoded once', () => {
    expect(fill('https://{u|hostpath}', { u: 'example.org/a%3Fb%3D1' })).toBe('https://example.org/a?b=1');
    expect(fill('https://{u|hostpath}', { u: 'example.org/a%253Fb' })).toBe('https://example.org/a%3Fb');
  });

  it.each(['javascript:alert(1)', '//evil.example/', 'user@evil.example/', 'localhost/a', '%E0%A4%A'])(
    'refuses %s as a host-and-path target',
    (u) => {
      expect(fill('https://{u|hostpath}', { u })).toBeNull();
    },
  );

  it('decodes base-36 triplets into an embedded address (pc6.com gourl)', () => {
    const gourl = '02W03803803403701M01B01B02T03C02P03103403002T01A03303602V01B02P01R02Q01P01D';
    expect(fill('{g|base36triplets}', { g: gourl })).toBe('https://example.org/a?b=1');
  });

  it.each([
    ['a length that is not a multiple of three', '02W038'.slice(0, 5)],
    ['text that is not an address', '02W02W'],
    [
      'javascript: written in triplets',
      [...'javascript:alert(1)'].map((c) => c.charCodeAt(0).toString(36).padStart(3, '0')).join(''),
    ],
  ])('refuses base-36 triplets of %s', (_, g) => {
    expect(fill('{g|base36triplets}', { g })).toBeNull();
  });

  it('fails on an unknown filter instead of filling the raw value', () => {
    expect(fill('{u|rot13}', { u: 'https://a.example/' })).toBeNull();
  });

  it('percent-encodes a bounded value and keeps a rest value as it is', () => {
    const slots = new Map<string, PatternClass>([
      ['id', 'text'],
      ['r', 'rest'],
    ]);
    expect(fillTemplate('https://a.example/{id}?{r}', { id: 'a b', r: 'x=1&y' }, slots)).toBe(
      'https://a.example/a%20b?x=1&y',
    );
  });
});
