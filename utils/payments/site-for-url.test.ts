import { describe, expect, it } from 'vitest';
import { coreSites } from './core-sites';
import { definePaymentSite, unconfirmed } from './define-site';
import { searchSites, siteForUrl } from './site-for-url';

const qq = definePaymentSite({
  id: 'qq',
  names: { en: 'QQ', zh: 'QQ' },
  kind: 'social',
  domains: ['qq.com'],
  claims: [unconfirmed('alipay')],
});
const sites = [qq, ...coreSites];

describe('the site of a page', () => {
  it.each([
    ['https://item.taobao.com/item.htm?id=1', 'taobao'],
    ['https://TMALL.com/', 'tmall'],
    ['https://v.qq.com/x/cover/abc.html', 'tencent-video'],
    ['https://y.qq.com/n/ryqq/player', 'qq-music'],
    ['https://mail.qq.com/', 'qq'],
    ['http://www.12306.cn/index/', '12306'],
    ['https://apps.apple.com/cn/app/id1', 'app-store-cn'],
    ['https://apps.apple.com/cn', 'app-store-cn'],
  ])('%s belongs to %s', (url, id) => {
    expect(siteForUrl(sites, url)?.id).toBe(id);
  });

  it.each([
    'https://apps.apple.com/us/app/id1',
    'https://apps.apple.com/cnx/app/id1',
    'https://taobao.com.evil.example/',
    'https://nottaobao.com/',
    'https://example.org/',
    'https://e.tb.cn/h.826Ec69frH3tGlL',
    'javascript:alert(1)',
    'not a url',
    'chrome://newtab',
  ])('has no site for %s', (url) => expect(siteForUrl(sites, url)).toBeNull());
});

describe('the site search', () => {
  it.each([
    ['京东', 'jd'],
    ['jd.com', 'jd'],
    ['TAOBAO', 'taobao'],
    ['12306', '12306'],
    ['淘特', 'taote'],
  ])('finds %s', (query, id) => {
    expect(searchSites(coreSites, query).map((s) => s.id)).toContain(id);
  });

  it('finds nothing for a blank query or a site without facts', () => {
    expect(searchSites(coreSites, '  ')).toEqual([]);
    expect(searchSites(coreSites, 'google')).toEqual([]);
  });
});
