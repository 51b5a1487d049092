import { describe, expect, it } from 'vitest';
import { platforms } from '@/utils/platforms';
import { searchSites, siteForUrl } from './payment-sites';

describe('the site of a page', () => {
  it.each([
    ['https://item.taobao.com/item.htm?id=1', 'taobao', true],
    ['https://v.qq.com/x/cover/abc.html', 'tencentvideo', true],
    ['https://mail.qq.com/', 'qq', true],
    ['https://apps.apple.com/cn/app/id1', 'appstorecn', true],
    ['https://apps.apple.com/us/app/id1', 'appstorecn', false],
  ])('%s belongs to %s (payments apply: %s)', (url, id, apply) => {
    expect(siteForUrl(platforms, url)).toMatchObject({ platform: { id }, paymentsApply: apply });
  });

  it.each([
    'https://taobao.com.evil.example/',
    'https://example.org/',
    'javascript:alert(1)',
    'not a url',
    'chrome://newtab',
  ])('has no site for %s', (url) => expect(siteForUrl(platforms, url)).toBeNull());
});

describe('the site search', () => {
  it.each([
    ['京东', 'jd'],
    ['jd.com', 'jd'],
    ['TAOBAO', 'taobao'],
    ['12306', 'railway12306'],
  ])('finds %s', (query, id) => {
    expect(searchSites(platforms, query).map((p) => p.id)).toContain(id);
  });

  it('lists only sites with payment facts, and nothing for a blank query', () => {
    expect(searchSites(platforms, 'google')).toEqual([]);
    expect(searchSites(platforms, '  ')).toEqual([]);
  });
});
