import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules } from './default-rules';
import { tokenFromParams, tokenFromUrl } from './tokens';

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
