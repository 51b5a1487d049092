import { describe, expect, it } from 'vitest';
import { definePlatform } from '@/utils/platforms/define-platform';
import { formatStale, staleRules } from '../../scripts/stale-rules';

const TODAY = '2026-12-01';
const at = (verified: string, source = 'https://example.org/rules') => ({ source, verified });

const made = definePlatform({
  id: 'made',
  names: { en: 'Made', zh: 'Made' },
  markers: ['【Made】'],
  shortDomains: ['m.example'],
  shareText: at('2024-05-06'),
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['go.example'],
      path: '/out',
      query: { u: '{u:url}' },
      to: '{u}',
      ...at('2025-11-30'),
    },
    {
      kind: 'wrapper',
      hosts: ['go.example'],
      path: '/in',
      query: { u: '{u:url}' },
      to: '{u}',
      ...at('2025-12-01'),
    },
  ],
  schemes: [
    {
      names: ['made'],
      routes: [
        { path: 'item/{id:digits}', to: 'https://made.example/{id}' },
        { path: 'old/{id:digits}', to: null, ...at('2023-01-02', 'https://example.org/old') },
      ],
      ...at('2026-11-24'),
    },
  ],
  textIds: [{ match: 'MD{id:digits}', to: 'https://made.example/{id}', ...at('2025-06-01') }],
  examples: [{ input: 'x', url: null }],
});

const other = definePlatform({
  id: 'other',
  names: { en: 'Other', zh: 'Other' },
  clickTraps: { hosts: ['www.other.example'], attributes: ['ping'], ...at('2024-05-06') },
  examples: [{ input: 'x', url: null }],
});

describe('staleRules', () => {
  it('lists, oldest first, what was last confirmed more than 12 months before today', () => {
    expect(staleRules([made, other], TODAY)).toEqual([
      {
        platform: 'made',
        kind: 'schemes',
        what: 'made old/{id:digits}',
        verified: '2023-01-02',
        source: 'https://example.org/old',
      },
      {
        platform: 'made',
        kind: 'shareText',
        what: '【Made】 m.example',
        verified: '2024-05-06',
        source: 'https://example.org/rules',
      },
      {
        platform: 'other',
        kind: 'clickTraps',
        what: 'www.other.example',
        verified: '2024-05-06',
        source: 'https://example.org/rules',
      },
      {
        platform: 'made',
        kind: 'textIds',
        what: 'MD{id:digits}',
        verified: '2025-06-01',
        source: 'https://example.org/rules',
      },
      {
        platform: 'made',
        kind: 'wrappers',
        what: 'go.example /out',
        verified: '2025-11-30',
        source: 'https://example.org/rules',
      },
    ]);
  });

  it('keeps a rule confirmed exactly 12 months ago', () => {
    expect(staleRules([made], TODAY).map((r) => r.what)).not.toContain('go.example /in');
  });

  it('cuts at the same day a year earlier, even on a leap day', () => {
    const leap = definePlatform({
      id: 'leap',
      names: { en: 'Leap', zh: 'Leap' },
      textIds: [
        { match: 'A{id:digits}', to: 'https://leap.example/{id}', ...at('2027-02-28') },
        { match: 'B{id:digits}', to: 'https://leap.example/{id}', ...at('2027-03-01') },
      ],
      examples: [{ input: 'x', url: null }],
    });
    expect(staleRules([leap], '2028-02-29').map((r) => r.what)).toEqual(['A{id:digits}']);
  });

  it('finds nothing when everything was confirmed within the year', () => {
    expect(staleRules([made, other], '2024-05-06')).toEqual([
      {
        platform: 'made',
        kind: 'schemes',
        what: 'made old/{id:digits}',
        verified: '2023-01-02',
        source: 'https://example.org/old',
      },
    ]);
    expect(staleRules([other], '2025-05-06')).toEqual([]);
  });
});

describe('formatStale', () => {
  it('prints one line per rule, then the count', () => {
    expect(formatStale(staleRules([other], TODAY), TODAY)).toEqual([
      '2024-05-06  other  clickTraps  www.other.example  https://example.org/rules',
      '1 rule last confirmed more than 12 months before 2026-12-01',
    ]);
    expect(formatStale([], TODAY)).toEqual(['0 rules last confirmed more than 12 months before 2026-12-01']);
  });
});
