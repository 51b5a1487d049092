import { describe, expect, it } from 'vitest';
import { platforms } from '@/utils/platforms';
import { platformSchema, type Platform } from '@/utils/platforms/schema';
import { cachedPageEngine, createPageEngine } from './index';
import { chosenHosts, isMirrorOf, mirrorOptions, onChosenHost } from './mirrors';

const rednote = createPageEngine([], { mirrors: { xiaohongshu: 'www.rednote.com' } });
const mainland = createPageEngine([]);

const note = 'https://www.xiaohongshu.com/discovery/item/642828fe000000001101397d?xsec_token=ABRFQvko_98=';
const shareText = `31 【我的澳洲醫生男友  - 黃奶油是博士奇 | 小红书 - 你的生活指南】 😆 rG3al4M69bcd82t 😆 ${note}`;

describe('the web host picked for Xiaohongshu', () => {
  it('moves a share text’s note to RedNote, keeping the path and the xsec_token', () => {
    const [link] = rednote.findLinks(shareText);
    expect(link).toMatchObject({
      url: 'https://www.rednote.com/discovery/item/642828fe000000001101397d?xsec_token=ABRFQvko_98=',
      platform: 'xiaohongshu',
      kind: 'share',
      original: note,
    });
  });

  it('moves an app link and a wrapper’s target on the main host', () => {
    expect(rednote.toDirectUrl('xhsdiscover://item/5f34197f000000000101e575')).toBe(
      'https://www.rednote.com/explore/5f34197f000000000101e575',
    );
    expect(
      rednote.directLinkOf('https://link.zhihu.com/?target=https%3A//www.xiaohongshu.com/explore/1'),
    ).toMatchObject({ url: 'https://www.rednote.com/explore/1', kind: 'wrapper', platform: 'zhihu' });
  });

  it('leaves the mainland host by default', () => {
    expect(mainland.findLinks(shareText)[0]?.url).toBe(note);
    expect(mainland.toDirectUrl('xhsdiscover://item/5f34197f000000000101e575')).toBe(
      'https://www.xiaohongshu.com/explore/5f34197f000000000101e575',
    );
  });

  it.each([
    [
      'a short link, which only the network expands',
      '黑糖珍珠糍粑 http://xhslink.com/o/5tOT2jNLmC0 复制后打开【小红书】查看笔记！',
    ],
    ['another host of the platform', 'https://creator.xiaohongshu.com/publish/publish'],
    ['the main host with a port', 'https://www.xiaohongshu.com:8443/explore/1'],
    ['another platform’s link', '【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开'],
    ['another platform’s app link', 'taobao://item.taobao.com/item.htm?id=601009971043'],
  ])('leaves %s as it is', (_, text) => {
    expect(rednote.findLinks(text).map((l) => l.url)).toEqual(mainland.findLinks(text).map((l) => l.url));
  });

  it('gives the same engine for the same choice, and a new one when it changes', () => {
    const engineFor = cachedPageEngine();
    const first = engineFor([], { mirrors: { xiaohongshu: 'www.rednote.com' } });
    expect(engineFor([], { mirrors: { xiaohongshu: 'www.rednote.com' } })).toBe(first);
    const changed = engineFor([], {});
    expect(changed).not.toBe(first);
    expect(changed.toDirectUrl('xhsdiscover://item/5f34197f000000000101e575')).toMatch(
      /^https:\/\/www\.xiaohongshu/,
    );
  });
});

describe('a mirror choice', () => {
  it.each([
    ['a host the platform does not declare', { xiaohongshu: 'evil.example' }],
    ['the main host itself', { xiaohongshu: 'www.xiaohongshu.com' }],
    ['another platform’s mirror', { taobao: 'www.rednote.com' }],
    ['an inherited key', Object.create({ xiaohongshu: 'www.rednote.com' }) as Record<string, string>],
  ])('counts for nothing when it names %s', (_, choice) => {
    expect(chosenHosts(platforms, choice).size).toBe(0);
    expect(createPageEngine([], { mirrors: choice }).findLinks(shareText)[0]?.url).toBe(note);
  });

  it('lists the platforms that have mirrors, with the hosts to choose from', () => {
    expect(mirrorOptions(platforms).map((o) => [o.platform.id, o.main, o.hosts.map((h) => h.host)])).toEqual([
      ['xiaohongshu', 'www.xiaohongshu.com', ['www.rednote.com']],
    ]);
    expect(isMirrorOf(platforms, 'xiaohongshu', 'www.rednote.com')).toBe(true);
    expect(isMirrorOf(platforms, 'xiaohongshu', 'www.xiaohongshu.com')).toBe(false);
  });

  it('moves only an address on the main host exactly', () => {
    const hosts = new Map([['www.xiaohongshu.com', 'www.rednote.com']]);
    expect(onChosenHost('https://www.xiaohongshu.com/explore/1?xsec_token=a#c', hosts)).toBe(
      'https://www.rednote.com/explore/1?xsec_token=a#c',
    );
    expect(onChosenHost('https://www.xiaohongshu.com.evil.example/explore/1', hosts)).toBe(
      'https://www.xiaohongshu.com.evil.example/explore/1',
    );
  });
});

describe('the mirrors of a platform file', () => {
  const base: Platform = {
    id: 'example',
    names: { en: 'Example', zh: '示例' },
    domains: ['example.com', 'example.org'],
    examples: [{ input: 'https://www.example.com/', url: 'https://www.example.com/' }],
  };
  const mirrors = (main: string, ...hosts: string[]) => ({
    ...base,
    mirrors: {
      main,
      hosts: hosts.map((host) => ({ host, names: { en: host, zh: host } })),
      source: 'https://example.com/mirrors',
      verified: '2026-12-01',
    },
  });

  it('takes hosts that are all the platform’s own', () => {
    expect(platformSchema.safeParse(mirrors('www.example.com', 'www.example.org')).success).toBe(true);
  });

  it.each([
    ['a host of another site', mirrors('www.example.com', 'www.example.net')],
    ['a main host of another site', mirrors('www.example.net', 'www.example.org')],
    ['the main host again', mirrors('www.example.com', 'www.example.com')],
    ['a wildcard', mirrors('www.example.com', '*.example.org')],
  ])('refuses %s', (_, platform) => {
    expect(platformSchema.safeParse(platform).success).toBe(false);
  });
});
