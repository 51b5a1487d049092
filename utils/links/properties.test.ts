import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLinks, toDirectUrl } from './index';

/** Pieces real share texts and hostile pages are made of, so random texts hit the interesting paths. */
const pieces = [
  'https://',
  'http://',
  'hxxps://',
  'https：//',
  'ｈｔｔｐｓ：／／',
  'v.douyin.com/',
  'e.tb.cn/h.',
  'm.tb.cn/h.x?tk=',
  'xhslink[.]com/o/',
  '点com',
  '點cn',
  '[.]',
  '\u200b',
  'link.zhihu.com/?target=',
  'c.pc.qq.com/middlem.html?pfurl=',
  'javascript:alert(1)',
  'data:text/html,x',
  '//evil.example/',
  'https%3A%2F%2F',
  '%25',
  '%',
  '&amp;',
  '&gt;',
  '\n?',
  '\n',
  ' ',
  '。',
  '，',
  '「',
  '」',
  '【',
  '】',
  '【淘宝】',
  '【京东】',
  '复制打开抖音',
  '打开【快手】',
  '-哔哩哔哩】',
  ' - 知乎',
  '￥',
  '€',
  '🎵',
  'dAEYbi4KO4D',
  'CZ3457 ',
  'taobao://',
  'tbopen://x?h5Url=',
  'snssdk1128://aweme/detail/1',
  'openapp.jdmobile://virtual?params={"des":"m","url":"',
  'alipays://platformapi/startapp?appId=20000067&url=',
  'bilibili://video/',
  'BV1GJ411x7h7',
  '#小程序://名/',
  '0JPDrt84ecI5Gwd',
  'user:pass@',
  'a',
  'Z',
  '7',
  '.',
  '/',
  '?',
  '=',
  '(',
  ')',
  '\\_',
  '**',
  '中文标题',
  'example.org',
];
const linkish = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((p) => p.join(''));
const anyText = fc.oneof(
  linkish,
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
);

function isHttpUrl(url: string): boolean {
  const parsed = new URL(url);
  return (
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') && !parsed.username && !parsed.password
  );
}

describe('findLinks, for any text', () => {
  it('never throws, and every span is in bounds, ordered, non-overlapping and faithful', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let end = 0;
        for (const link of findLinks(text)) {
          expect(link.start).toBeGreaterThanOrEqual(end);
          expect(link.end).toBeGreaterThan(link.start);
          expect(link.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(link.start, link.end)).toBe(link.original);
          end = link.end;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('only ever gives absolute http(s) addresses without credentials', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const link of findLinks(text)) {
          if (link.url !== null) expect(isHttpUrl(link.url), link.url).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('toDirectUrl, for any href', () => {
  it('never throws, gives only http(s), and is stable on its own output', () => {
    fc.assert(
      fc.property(fc.oneof(linkish, fc.webUrl({ withQueryParameters: true }), fc.string()), (href) => {
        const direct = toDirectUrl(href);
        if (direct === null) return;
        expect(isHttpUrl(direct), direct).toBe(true);
        const again = toDirectUrl(direct);
        expect(again === null || again === direct).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('is stable on every address findLinks gives', () => {
    fc.assert(
      fc.property(linkish, (text) => {
        for (const link of findLinks(text)) {
          const again = link.url && toDirectUrl(link.url);
          expect(!again || again === link.url).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
