import { describe, expect, it } from 'vitest';
import {
  cachedPageEngine,
  createPageEngine,
  directLinkOf,
  findLinks,
  toDirectUrl,
  type UserRule,
} from './index';

const zhihu = 'https://link.zhihu.com/?target=https%3A//github.com/Aixile/chainer-cyclegan';
const app = 'taobao://item.taobao.com/item.htm?id=601009971043';
const rule: UserRule = { host: 'go.example.com', pathPrefix: '/out', param: 'to', encoding: 'url' };

describe('the engine link of an href', () => {
  it.each([
    ['the front door', directLinkOf],
    ['a page engine', createPageEngine([]).directLinkOf],
    ['a page engine with user rules', createPageEngine([rule]).directLinkOf],
  ])('gives a Zhihu wrapper as a wrapper of Zhihu, spanning the whole href (%s)', (_, linkOf) => {
    expect(linkOf(zhihu)).toEqual({
      start: 0,
      end: zhihu.length,
      url: 'https://github.com/Aixile/chainer-cyclegan',
      platform: 'zhihu',
      kind: 'wrapper',
      original: zhihu,
    });
  });

  it("names a wrapper by the wrapper's site, not by its target's", () => {
    const toTaobao = 'https://link.zhihu.com/?target=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D1';
    expect(directLinkOf(toTaobao)).toMatchObject({
      url: 'https://item.taobao.com/item.htm?id=1',
      platform: 'zhihu',
      kind: 'wrapper',
    });
  });

  it('gives an app link as a scheme link of its platform', () => {
    expect(directLinkOf(app)).toMatchObject({
      url: 'https://item.taobao.com/item.htm?id=601009971043',
      kind: 'scheme',
      platform: 'taobao',
      start: 0,
      end: app.length,
      original: app,
    });
  });

  it('gives what the text side gives for the same address written alone', () => {
    for (const href of [zhihu, app]) {
      const { url, kind, platform, start, end, original } = findLinks(href)[0]!;
      expect(directLinkOf(href)).toEqual({ url, kind, platform, start, end, original });
    }
  });

  it('gives a wrapper of the user rules with their platform', () => {
    const href = 'https://go.example.com/out?to=https%3A%2F%2Fshop.cn%2Fa';
    expect(createPageEngine([rule]).directLinkOf(href)).toMatchObject({
      url: 'https://shop.cn/a',
      platform: 'user',
    });
  });

  it.each([
    'https://github.com/x',
    'https://example.org/?target=https%3A//a.cn/',
    'javascript:alert(1)',
    'taobao://evil.example/item.htm?id=1',
    'not a url',
    '',
  ])('gives nothing for %j, as toDirectUrl does', (href) => {
    expect(directLinkOf(href)).toBeNull();
    expect(toDirectUrl(href)).toBeNull();
  });

  it('gives nothing for what is not a string', () => {
    expect(directLinkOf(42 as unknown as string)).toBeNull();
  });
});

describe('the page-read interstitial of an href', () => {
  const engine = createPageEngine([]);

  it('finds the WeChat page whose target sits in the page', () => {
    const href = 'https://weixin110.qq.com/cgi-bin/mmspamsupport-bin/newredirectconfirmcgi?x=1';
    expect(engine.pageInterstitialOf(href)?.platform.id).toBe('wechat');
  });

  it.each([
    'https://weixin110.qq.com/other',
    'https://qq.com/cgi-bin/mmspamsupport-bin/newredirectconfirmcgi',
    'nonsense',
  ])('finds none for %s', (href) => expect(engine.pageInterstitialOf(href)).toBeNull());
});

describe('the generic fallback in the page engine', () => {
  const tracker = 'https://t.example.net/c?id=7&u=https%3A%2F%2Fshop.example.org%2Fa';
  const on = createPageEngine([], { generic: true });

  it('is off unless asked for: the anchor is not even sent', () => {
    const off = createPageEngine([]);
    expect(off.directLinkOf(tracker)).toBeNull();
    expect(off.mayNeedDirectUrl('https:', 't.example.net', tracker)).toBe(false);
  });

  it('gives the embedded address as a generic link of no platform', () => {
    expect(on.directLinkOf(tracker)).toEqual({
      start: 0,
      end: tracker.length,
      url: 'https://shop.example.org/a',
      platform: null,
      kind: 'generic',
      original: tracker,
    });
    expect(on.mayNeedDirectUrl('https:', 't.example.net', tracker)).toBe(true);
    expect(on.mayNeedDirectUrl('https:', 't.example.net', 'https://t.example.net/a?id=7')).toBe(false);
  });

  it('lets the registry’s rules win, their refusals and warning pages included', () => {
    expect(on.directLinkOf(zhihu)).toMatchObject({ kind: 'wrapper', platform: 'zhihu' });
    const refused = 'https://link.zhihu.com/?target=javascript%3Aalert(1)&u=https%3A%2F%2Fa.example.org%2F';
    expect(on.directLinkOf(refused)).toBeNull();
    expect(
      on.directLinkOf('https://steamcommunity.com/linkfilter/?url=https%3A%2F%2Fa.example.org%2F'),
    ).toBeNull();
  });

  it('follows the target through the registry’s rules, never through a second guess', () => {
    const aroundZhihu = `https://t.example.net/c?u=${encodeURIComponent(zhihu)}`;
    expect(on.directLinkOf(aroundZhihu)).toMatchObject({
      kind: 'generic',
      url: 'https://github.com/Aixile/chainer-cyclegan',
    });
    const aroundShare = `https://t.example.net/c?u=${encodeURIComponent(`https://b.example.com/go?url=${encodeURIComponent('https://c.example.org/')}`)}`;
    expect(on.directLinkOf(aroundShare)?.url).toBe(
      'https://b.example.com/go?url=https%3A%2F%2Fc.example.org%2F',
    );
  });

  it('is kept apart from the engine without it by the cache', () => {
    const engineFor = cachedPageEngine();
    const generic = engineFor([], { generic: true });
    expect(engineFor([])).not.toBe(generic);
    expect(engineFor([], { generic: true })).toBe(generic);
    expect(engineFor([]).directLinkOf(tracker)).toBeNull();
  });
});
