import { describe, expect, it } from 'vitest';
import { isSiteDisabled } from './schema';
import { entryCovers, scopeOf, siblingDomains, switchEntry } from './site-scope';

describe('the per-site switch’s scope', () => {
  it.each([
    ['item.taobao.com', 'taobao.com'],
    ['WWW.Taobao.com', 'taobao.com'],
    ['shop.example.co.uk', 'example.co.uk'],
    ['alice.github.io', 'alice.github.io'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('switches off %s as the whole site %s', (host, entry) => {
    expect(switchEntry(host, 'site')).toBe(entry);
  });

  it('switches off only the host when asked, www. included', () => {
    expect(switchEntry('item.taobao.com', 'host')).toBe('item.taobao.com');
    expect(switchEntry('www.taobao.com', 'host')).toBe('www.taobao.com');
  });

  it('takes the registrable domains a platform lists together as one site', () => {
    expect(siblingDomains('weibo.cn').sort()).toEqual(['sina.cn', 'weibo.cn', 'weibo.com']);
    expect(siblingDomains('example.org')).toEqual(['example.org']);
  });

  it('joins no other site through a host listed under its domain, nor through a domain two platforms list', () => {
    // Xianyu lists goofish.com and 2.taobao.com; WeChat weixin.qq.com and wechat.com; Qishui qishui.com
    // and qishui.douyin.com.
    expect(siblingDomains('goofish.com')).toEqual(['goofish.com']);
    expect(siblingDomains('taobao.com')).toEqual(['taobao.com']);
    expect(siblingDomains('wechat.com')).toEqual(['wechat.com']);
    expect(siblingDomains('qq.com')).toEqual(['qq.com']);
    expect(siblingDomains('douyin.com')).not.toContain('qishui.com');
    // Toutiao lists its mirrors' domains whole: they stay one site with toutiao.com.
    expect(siblingDomains('toutiao.com').sort()).toEqual([
      'toutiao.com',
      'toutiaocdn.com',
      'toutiaocdn.net',
      'toutiaoimg.cn',
    ]);
    const twice = [
      { id: 'a', names: { en: 'A', zh: 'A' }, domains: ['shared.example', 'a.example'], examples: [] },
      { id: 'b', names: { en: 'B', zh: 'B' }, domains: ['shared.example', 'b.example'], examples: [] },
    ] as never;
    expect(siblingDomains('a.example', twice)).toEqual(['a.example']);
    expect(siblingDomains('shared.example', twice)).toEqual(['shared.example']);
  });

  it.each([
    ['taobao.com', 'www.taobao.com', true],
    ['taobao.com', 'item.taobao.com', true],
    ['weibo.com', 'm.weibo.cn', true],
    ['weibo.cn', 'weibo.com', true],
    ['taobao.com', 'taobao.com.evil.example', false],
    ['taobao.com', 'jd.com', false],
    ['item.taobao.com', 'item.taobao.com', true],
    ['item.taobao.com', 'm.item.taobao.com', true],
    ['item.taobao.com', 'www.taobao.com', false],
    ['www.taobao.com', 'taobao.com', false],
    ['example.co.uk', 'co.uk', false],
  ])('an entry %s covers %s: %s', (entry, host, covers) => {
    expect(entryCovers(entry, host)).toBe(covers);
  });

  it('keeps a stored host entry of an earlier version to that host', () => {
    expect(isSiteDisabled(['item.taobao.com'], 'item.taobao.com')).toBe(true);
    expect(isSiteDisabled(['item.taobao.com'], 'www.taobao.com')).toBe(false);
  });

  it('shows "only this host" while a host entry alone switches the host off', () => {
    expect(scopeOf(['item.taobao.com'], 'item.taobao.com')).toBe('host');
    expect(scopeOf(['taobao.com', 'item.taobao.com'], 'item.taobao.com')).toBe('site');
    expect(scopeOf([], 'item.taobao.com')).toBe('site');
  });
});
