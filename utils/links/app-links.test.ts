import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { platforms } from '@/utils/platforms';
import douyin from '@/utils/platforms/douyin';
import { platformSchema, type Platform } from '@/utils/platforms/schema';
import { appLinkOf, compileAppLinks } from './app-links';
import { defaultRules } from './default-rules';
import { toDirectUrl } from './index';

const table = compileAppLinks(platforms);
const appLink = (href: string) => appLinkOf(table, defaultRules, href);

describe('app links', () => {
  it.each([
    [
      'an item page with tracking parameters',
      'https://item.taobao.com/item.htm?id=1&spm=a.b',
      'taobao://item.taobao.com/item.htm?id=1',
    ],
    [
      'a video page with a trailing slash',
      'https://www.bilibili.com/video/BV1GJ411x7h7/?spm_id_from=333',
      'bilibili://video/BV1GJ411x7h7',
    ],
    [
      'a note with its access token',
      'https://www.xiaohongshu.com/explore/5f34197f000000000101e575?xsec_token=AB',
      'xhsdiscover://item/5f34197f000000000101e575',
    ],
    [
      'a mobile item page, after the canonical rules',
      'https://item.m.jd.com/product/100.html',
      'openapp.jdmobile://virtual?params=%7B%22category%22%3A%22jump%22%2C%22des%22%3A%22productDetail%22%2C%22skuId%22%3A%22100%22%7D',
    ],
    ['a page over http', 'http://www.douyin.com/video/7', 'snssdk1128://aweme/detail/7'],
  ])('gives %s its app link', (_, href, expected) => {
    expect(appLink(href)).toBe(expected);
  });

  it.each([
    ['a page of a platform without app links', 'https://github.com/unwall'],
    ['a platform page no rule covers', 'https://www.douyin.com/note/7'],
    ['a look-alike host', 'https://www.douyin.com.evil.example/video/7'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['an app link itself', 'snssdk1128://aweme/detail/7'],
    ['a search whose words would break the app link’s JSON', 'https://search.jd.com/Search?keyword=a%5Cb'],
  ])('gives none for %s', (_, href) => {
    expect(appLink(href)).toBeNull();
  });

  it('offers no app link that the scheme rules would not read back to the page', () => {
    const madeUp: Platform = {
      ...douyin,
      appLinks: [{ ...douyin.appLinks[0], to: 'snssdk1128://aweme/unknown/{id}' }],
    };
    expect(appLinkOf(compileAppLinks([madeUp]), defaultRules, 'https://www.douyin.com/video/7')).toBeNull();
  });

  it('never gives a web address as an app link', () => {
    const web: Platform = { ...douyin, appLinks: [{ ...douyin.appLinks[0], to: 'https://a.cn/{id}' }] };
    expect(appLinkOf(compileAppLinks([web]), defaultRules, 'https://www.douyin.com/video/7')).toBeNull();
  });

  it('refuses, in the schema, an app link whose scheme is not the platform’s own', () => {
    const foreign = { ...douyin, appLinks: [{ ...douyin.appLinks[0], to: 'taobao://x/{id}' }] };
    expect(platformSchema.safeParse(foreign).success).toBe(false);
    expect(platformSchema.safeParse(douyin).success).toBe(true);
  });

  it('only ever gives a non-web app link that reads back to a page with the same app link', () => {
    const starts = [
      'https://www.douyin.com/video/',
      'https://item.taobao.com/item.htm?id=',
      'https://s.taobao.com/search?q=',
      'https://search.jd.com/Search?keyword=',
      'https://www.bilibili.com/video/',
      'https://weibo.com/u/',
      'https://a.cn/',
    ];
    const rest = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.nat().map(String));
    const pages = fc
      .tuple(fc.constantFrom(...starts), rest, fc.boolean())
      .map(([start, text, encoded]) => start + (encoded ? encodeURIComponent(text) : text));
    let given = 0;
    fc.assert(
      fc.property(pages, (href) => {
        const app = appLink(href);
        if (app === null) return;
        given++;
        expect(app).not.toMatch(/^https?:/i);
        expect(appLink(toDirectUrl(app)!)).toBe(app);
      }),
      { numRuns: 300 },
    );
    expect(given).toBeGreaterThan(30);
  });
});
