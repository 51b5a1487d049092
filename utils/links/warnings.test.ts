import { describe, expect, it } from 'vitest';
import { platforms } from '@/utils/platforms';
import { wrapperSchema, type Wrapper } from '@/utils/platforms/schema';
import { createEngine } from './engine';
import { findLinks, toDirectUrl } from './index';
import { interstitialMatches } from './interstitials';
import { createPageEngine } from './index';

const phish = 'https://phish.example/login?next=1';

/** A path a pattern matches: each placeholder filled with a sample of its class. */
function samplePath(pattern: string): string {
  return pattern.replace(/\{\w+:(\w+)[^}]*\}/g, (_, cls: string) => (cls === 'digits' ? '1' : 'a'));
}

/**
 * Every warning route of the registry, as an address that leads to `phish` (a `*.` host as one of
 * its subdomains), with the host as the data writes it.
 */
function warningAddresses(): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const p of platforms) {
    for (const w of p.wrappers ?? []) {
      if (w.kind !== 'warning') continue;
      const [name] = Object.keys(w.query ?? {});
      expect(w.path && name, `${p.id}: a warning route this test can build`).toBeTruthy();
      for (const host of w.hosts) {
        const page = `https://${host.replace(/^\*\./, 'a.')}${samplePath(w.path!)}`;
        out.push([p.id, `${page}?${name}=${encodeURIComponent(phish)}`, host]);
      }
    }
  }
  return out;
}

const addresses = warningAddresses();

describe('a warning page of any platform', () => {
  it('exists in the registry for the pages the review named', () => {
    const warned = addresses.map(([, href]) => new URL(href).host + new URL(href).pathname);
    for (const page of [
      'shimo.im/outlink/black',
      'www.facebook.com/flx/warn/',
      'mail.qq.com/xmspamcheck/xmsafejump',
      'steamcommunity.com/linkfilter/',
      'cnb.cool/110',
      'security.feishu.cn/link/safety',
    ]) {
      expect(warned).toContain(page);
    }
  });

  it.each(addresses)('%s: %s is never rewritten to its target', (_, href) => {
    expect(toDirectUrl(href)).toBeNull();
    const found = findLinks(`see ${href} here`);
    expect(found.map((l) => l.url)).toEqual([href]);
  });

  it.each(addresses)('%s: %s stays the warning page inside a redirect wrapper', (_, href) => {
    const wrapped = `https://www.google.com/url?q=${encodeURIComponent(href)}`;
    expect(toDirectUrl(wrapped)).toBe(href);
  });

  it.each(addresses)('%s: %s gives its verdict and target, for the bar', (platform, href) => {
    const warning = createEngine(platforms).warningOf(href);
    expect(warning).toEqual({ platform, verdict: expect.any(String), target: phish });
  });

  it.each(addresses)('%s: %s is not unwrapped by a user rule on the same host', (_, href) => {
    const { host, pathname } = new URL(href);
    const param = [...new URL(href).searchParams.keys()][0]!;
    const engine = createPageEngine([{ host, pathPrefix: pathname, param, encoding: 'url' }]);
    expect(engine.toDirectUrl(href)).toBeNull();
  });

  it('keeps a javascript: target out of the bar', () => {
    const href = 'https://steamcommunity.com/linkfilter/?url=javascript%3Aalert(1)';
    expect(createEngine(platforms).warningOf(href)?.target).toBeNull();
  });
});

describe('the warning kind in the data', () => {
  const base: Omit<Wrapper, 'kind'> = {
    hosts: ['a.example.com'],
    path: '/go',
    to: '{u}',
    source: 'https://example.com/a-test-source',
    verified: '2026-12-01',
  };

  it('needs a verdict on a warning and allows none elsewhere', () => {
    expect(wrapperSchema.safeParse({ ...base, kind: 'warning' }).success).toBe(false);
    expect(wrapperSchema.safeParse({ ...base, kind: 'warning', verdict: 'unsafe' }).success).toBe(true);
    expect(wrapperSchema.safeParse({ ...base, kind: 'interstitial', verdict: 'unsafe' }).success).toBe(false);
  });

  it('has no route with an unknown kind', () => {
    const kinds = new Set(platforms.flatMap((p) => (p.wrappers ?? []).map((w) => w.kind)));
    expect([...kinds].sort()).toEqual(['interstitial', 'warning', 'wrapper']);
  });
});

describe('the interstitial script', () => {
  it('runs on every warning host, to show the verdict there', () => {
    const matches = interstitialMatches(platforms);
    for (const [, , host] of addresses) expect(matches).toContain(`*://${host}/*`);
  });
});
