import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Platform } from '@/utils/platforms/schema';
import { defaultRules } from './default-rules';
import { findLinks } from './index';
import { compileRules } from './rules';
import { findTokens, tokenFromParams, tokenFromUrl } from './tokens';

const taobao = defaultRules.platforms.get('taobao')!.tokens ?? [];

/** The plain definition: the query as `URL` parses it. */
const byUrl = (href: string) => tokenFromParams(new URL(href).searchParams, taobao);

describe('tokenFromUrl', () => {
  it('reads the same token as the query `URL` parses, wherever `?`, `#` and `&` stand', () => {
    const part = fc.oneof(
      fc.constantFrom(
        '?',
        '#',
        '&',
        '??',
        '/a',
        'tk=',
        'sp_tk=',
        '=',
        '+',
        '%3F',
        'x=1',
        '?tk=',
        '&tk=',
        '#&tk=',
        '#?sp_tk=',
      ),
      fc.constantFrom('4OaXgGvWPKX', 'NE9hWGdHdldQS1g=', 'short', 'CZ3457'),
    );
    const href = fc.array(part, { maxLength: 8 }).map((parts) => `https://e.tb.cn/h.x${parts.join('')}`);
    fc.assert(
      fc.property(href, (h) => {
        expect(tokenFromUrl(h, taobao)).toBe(byUrl(h));
      }),
      { numRuns: 3000 },
    );
    expect(tokenFromUrl('https://e.tb.cn/h.x?tk=4OaXgGvWPKX', taobao)).toBe('4OaXgGvWPKX');
    expect(tokenFromUrl('https://e.tb.cn/h.x#/a?tk=4OaXgGvWPKX', taobao)).toBeUndefined();
    expect(tokenFromUrl('https://e.tb.cn/h.x?a=1#&tk=4OaXgGvWPKX', taobao)).toBeUndefined();
  });
});

describe('token evidence', () => {
  const tokensOf = (text: string) =>
    findLinks(text)
      .filter((l) => l.kind === 'token')
      .map((l) => l.token);

  it.each([
    'Rick Astley - Never Gonna Give You Up (dQw4w9WgXcQ)',
    '视频 (dQw4w9WgXcQ) 很好看',
    'see /dQw4w9WgXcQ/ there',
    '（dQw4w9WgXcQ）',
  ])('takes no token in weak wrappers without a marker, a name or 口令: %s', (text) => {
    expect(tokensOf(text)).toEqual([]);
  });

  it.each([
    ['(dQw4w9WgXcQ) 打开淘宝', '(dQw4w9WgXcQ)'],
    ['复制口令(dQw4w9WgXcQ)', '(dQw4w9WgXcQ)'],
    ['￥dQw4w9WgXcQ￥', '￥dQw4w9WgXcQ￥'],
    ['Never Gonna Give You Up €dQw4w9WgXcQ€', '€dQw4w9WgXcQ€'],
  ])('takes a token with its evidence: %s', (text, token) => {
    expect(tokensOf(text)).toEqual([token]);
  });
});

describe('tokens closed by a suffix', () => {
  const rules = compileRules([
    {
      id: 'demo',
      names: { en: 'Demo', zh: '演示' },
      markers: ['打开演示搜索'],
      tokens: [
        {
          name: { en: 'code', zh: '码' },
          lengths: [1, 3],
          suffix: ':/',
          source: 'x/y a.md',
          verified: '2026-12-01',
        },
      ],
      examples: [{ input: 'x', url: null }],
    } as unknown as Platform,
  ]);

  it('reads the code before the suffix, after a space or at the start, when a marker stands in the text', () => {
    const text = '8.92 07/23 Xzb:/ 长按复制此条消息，打开演示搜索。7:/ 再看 ab:/ a1Xzb:/';
    expect(findTokens(text, rules, new Set(['demo'])).map((t) => t.token)).toEqual(['Xzb:/', '7:/']);
    expect(findTokens(text, rules, new Set())).toEqual([]);
  });

  it('reads a megabyte of suffixes in one pass, taking none of them', () => {
    const text = ':/'.repeat(500_000);
    expect(findTokens(text, rules, new Set(['demo']))).toEqual([]);
  });
});
