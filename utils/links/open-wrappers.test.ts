import { describe, expect, it } from 'vitest';
import { platforms } from '@/utils/platforms';
import { definePlatform } from '@/utils/platforms/define-platform';
import type { Wrapper } from '@/utils/platforms/schema';
import { defaultRules } from './default-rules';
import { toDirectUrl } from './index';
import { isWindowOpenHost, openWrappers, windowOpenMatches, type OpenWrapper } from './open-wrappers';
import { compileRules } from './rules';

const list = openWrappers(defaultRules);
/** Every rule names its source and the day it was confirmed; these made-up ones share one. */
const provenance = { source: 'https://example.org/made-up-rules', verified: '2026-12-01' } as const;
const TARGET = 'https://example.org/a?b=1';

/** An address the wrapper carries TARGET in, as a page would write it. */
function wrapped(w: OpenWrapper, target = TARGET): string {
  const query = w.param === null ? target : `${w.param}=${encodeURIComponent(target)}`;
  return `https://${w.host}${w.path}?${query}`;
}

/** The open wrappers of one made-up platform with these routes on one host. */
function openWrappersOf(...wrappers: Omit<Wrapper, 'hosts'>[]): OpenWrapper[] {
  const hosts = ['go.example.com'];
  const platform = definePlatform({
    id: 'made',
    names: { en: 'Made', zh: 'Made' },
    wrappers: wrappers.map((w) => ({ ...w, hosts }) as Wrapper),
    examples: [{ input: 'x', url: null }],
  });
  return openWrappers(compileRules([platform]));
}

describe('openWrappers: the simple wrappers window.open may take off', () => {
  it('lists the wrappers of the pages that open links from script', () => {
    expect(list).toContainEqual({ host: 'link.csdn.net', path: '/', param: 'target' });
    expect(list).toContainEqual({ host: 'link.gitcode.com', path: '/', param: 'target' });
    expect(list).toContainEqual({ host: 'shimo.im', path: '/outlink/gray', param: 'url' });
    expect(list).toContainEqual({ host: 'blog.51cto.com', path: '/transfer', param: null });
  });

  it.each(list.map((w) => [`${w.host}${w.path}`, w]))(
    '%s is one the engine itself unwraps to its target',
    (_, w) => {
      expect(toDirectUrl(wrapped(w))).toBe(TARGET);
    },
  );

  it('never lists a warning page, nor any route of a host whose warning may take the same path', () => {
    expect(list.filter((w) => w.path === '/outlink/black' || w.host === 'wx.mail.qq.com')).toEqual([]);
    const warning = { kind: 'warning', verdict: 'unsafe', ...provenance } as const;
    const interstitial = {
      kind: 'interstitial',
      path: '/go',
      query: { url: '{u:url}' },
      to: '{u}',
      ...provenance,
    } as const;
    expect(openWrappersOf(interstitial)).toEqual([{ host: 'go.example.com', path: '/go', param: 'url' }]);
    expect(openWrappersOf(interstitial, { ...warning, query: { bad: '{u:url}' }, to: '{u}' })).toEqual([]);
    expect(openWrappersOf(interstitial, { ...warning, path: '/{p:segment}', to: null })).toEqual([]);
    expect(openWrappersOf(interstitial, { ...warning, path: '/stop', to: null })).toHaveLength(1);
  });

  it('leaves out routes that are not one literal path and one whole encoded target', () => {
    const route = { kind: 'wrapper', query: { u: '{u:url}' }, to: '{u}', ...provenance } as const;
    expect(openWrappersOf({ ...route, path: '/go/**' })).toEqual([]);
    expect(openWrappersOf({ ...route, path: '/{id:digits}' })).toEqual([]);
    expect(openWrappersOf({ ...route })).toEqual([]);
    expect(openWrappersOf({ ...route, path: '/go', to: 'https://a.example/{u}' })).toEqual([]);
    expect(openWrappersOf({ ...route, path: '/go', query: { u: '{u:url}', t: '{t:digits}' } })).toEqual([]);
    expect(openWrappersOf({ ...route, path: '/go', query: { u: '{u:base64}' } })).toEqual([]);
    expect(openWrappersOf({ ...route, path: '/go', ownHostsOnly: true })).toEqual([]);
  });
});

describe('the pages the window.open guard runs on', () => {
  it('are the platforms’ windowOpenHosts, each a match pattern', () => {
    expect(windowOpenMatches(platforms)).toEqual(expect.arrayContaining(['*://blog.csdn.net/*']));
    expect(windowOpenMatches(platforms)).not.toContain('*://www.taobao.com/*');
  });

  it('are each on a platform with a wrapper the guard may take off', () => {
    const hosts = new Set(list.map((w) => w.host));
    const useless = platforms.filter(
      (p) => p.windowOpenHosts && !(p.wrappers ?? []).some((w) => w.hosts.some((h) => hosts.has(h))),
    );
    expect(useless.map((p) => p.id)).toEqual([]);
  });

  it('are told apart from look-alike hosts; a `*.` entry covers its domain too, as its match pattern does', () => {
    const isListed = isWindowOpenHost([
      ...platforms,
      definePlatform({
        id: 'made',
        names: { en: 'Made', zh: 'Made' },
        windowOpenHosts: ['*.made.example'],
        examples: [{ input: 'x', url: null }],
      }),
    ]);
    expect(isListed('blog.csdn.net')).toBe(true);
    expect(isListed('a.b.made.example')).toBe(true);
    expect(isListed('made.example')).toBe(true);
    expect(isListed('mademade.example')).toBe(false);
    expect(isListed('blog.csdn.net.evil.example')).toBe(false);
    expect(isListed('csdn.net')).toBe(false);
    expect(isListed('weibo.com')).toBe(false);
  });
});
