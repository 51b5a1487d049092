import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  domainIn,
  escapeRegExp,
  hasSchemeAndSlashes,
  hostOfHref,
  hostSuffixes,
  isHttpHref,
  isHttpScheme,
  isUnderDomain,
  partsOfHref,
  plainHostOf,
  safeHttpUrl,
  schemeOf,
} from './url';

/** What safeHttpUrl must give, by the full parser only. */
function reference(candidate: string): string | null {
  if (candidate.length > 8192) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || !url.hostname.includes('.')) return null;
  return url.href;
}

const piece = fc.constantFrom(
  'a',
  'Z',
  '0',
  '.',
  '..',
  '/',
  '//',
  '?',
  '#',
  '%',
  '%2e',
  '%2E',
  '%41',
  "'",
  '"',
  ' ',
  '\t',
  '\\',
  '@',
  ':',
  ':443',
  ':80',
  ':8080',
  'xn--',
  'xn--fiq228c',
  '-',
  '~',
  '`',
  '{',
  '<',
  '中',
  'é',
  '&',
  '=',
  '+',
  '1',
  '255',
);
const mutated = fc
  .tuple(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.array(fc.tuple(fc.nat(), piece), { maxLength: 4 }),
  )
  .map(([url, edits]) =>
    edits.reduce(
      (s, [at, text]) => s.slice(0, at % (s.length + 1)) + text + s.slice(at % (s.length + 1)),
      url,
    ),
  );

describe('safeHttpUrl', () => {
  it('gives exactly what the full URL parser gives, for any address (its fast path included)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), mutated),
        (candidate) => {
          expect(safeHttpUrl(candidate)).toBe(reference(candidate));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it.each([
    'https://a.com/x/../y',
    'https://a.com/%2e%2e/y',
    'https://A.com/',
    'https://a.com:443/',
    'http://1.2.3/',
    'https://xn--zz.com/',
    'https://a.com',
    "https://a.com/?q='x'",
    'https://user@a.com/',
  ])('normalises or refuses %s like URL does', (candidate) => {
    expect(safeHttpUrl(candidate)).toBe(reference(candidate));
  });
});

describe('the scheme of an address', () => {
  it.each([
    ['HTTPS://a.cn/', 'https'],
    ['taobao://item.taobao.com/x', 'taobao'],
    ['git+ssh://a.cn/', 'git+ssh'],
    ['javascript:alert(1)', 'javascript'],
    ['/path:with-colon', null],
    ['1http://a.cn/', null],
    ['', null],
  ])('%s has scheme %s', (href, scheme) => expect(schemeOf(href)).toBe(scheme));

  it.each([
    ['weixin://dl/business', true],
    ['https%3A//a.cn', false],
    ['mailto:a@b.cn', false],
  ])('%s starts with scheme:// : %s', (text, yes) => expect(hasSchemeAndSlashes(text)).toBe(yes));

  it.each([
    ['https://a.cn/', true],
    ['HTTP://a.cn/', true],
    ['https:a.cn', false],
    ['javascript:alert(1)', false],
    [' https://a.cn/', false],
  ])('%s is an http(s) href: %s', (href, yes) => expect(isHttpHref(href)).toBe(yes));

  it('names only http and https as web schemes', () => {
    expect(['http', 'https', 'HTTP', 'ftp', null].map(isHttpScheme)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('the host of an address', () => {
  it.each([
    ['https://Item.Taobao.com/item.htm?id=1', 'item.taobao.com', 'item.taobao.com'],
    ['https://a.cn:8080', 'a.cn', 'a.cn'],
    ['https://u:p@a.cn/', null, 'a.cn'],
    ['https://例子.cn/', null, 'xn--fsqu00a.cn'],
    ['taobao://item.taobao.com/x', null, 'item.taobao.com'],
    ['not a url', null, null],
  ])('%s: plain host %s, host %s', (href, plain, host) => {
    expect(plainHostOf(href)).toBe(plain);
    expect(hostOfHref(href)).toBe(host);
  });

  it('reads the plain host as URL does, for any web address', () => {
    fc.assert(
      fc.property(fc.webUrl(), (href) => {
        const plain = plainHostOf(href);
        if (plain !== null) expect(plain).toBe(new URL(href).hostname);
      }),
    );
  });

  it('reads scheme and host of a serialized address without a parse', () => {
    expect(partsOfHref('https://u@Item.taobao.com:8080/x')).toEqual({
      protocol: 'https:',
      hostname: 'item.taobao.com',
    });
    expect(partsOfHref('mailto:a@b.cn')).toEqual({ protocol: 'mailto:', hostname: '' });
    expect(partsOfHref('/relative')).toEqual({ protocol: '', hostname: '' });
  });
});

describe('a host under a domain', () => {
  it.each([
    ['taobao.com', 'taobao.com', true],
    ['item.taobao.com', 'taobao.com', true],
    ['nottaobao.com', 'taobao.com', false],
    ['taobao.com.evil.example', 'taobao.com', false],
    ['com', 'taobao.com', false],
  ])('%s under %s: %s', (host, domain, yes) => expect(isUnderDomain(host, domain)).toBe(yes));

  it('lists the suffixes of a host, longest first', () => {
    expect(hostSuffixes('a.b.c')).toEqual(['a.b.c', 'b.c', 'c']);
  });

  it('finds the longest listed domain a host lies under', () => {
    const listed = new Set(['jd.com', 'item.jd.com']);
    expect(domainIn('m.item.jd.com', listed)).toBe('item.jd.com');
    expect(domainIn('jd.com', listed)).toBe('jd.com');
    expect(domainIn('notjd.com', listed)).toBeNull();
  });

  it('agrees with the suffix list for any host', () => {
    const label = fc.constantFrom('a', 'b', 'jd', 'com');
    const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((l) => l.join('.'));
    fc.assert(
      fc.property(host, fc.array(host, { maxLength: 4 }), (h, domains) => {
        const set = new Set(domains);
        expect(domainIn(h, set)).toBe(hostSuffixes(h).find((s) => set.has(s)) ?? null);
        for (const d of domains) expect(isUnderDomain(h, d)).toBe(hostSuffixes(h).includes(d));
      }),
    );
  });
});

describe('regex escaping', () => {
  it('makes any text match itself literally, and only itself', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const re = new RegExp(`^${escapeRegExp(text)}$`);
        expect(re.test(text)).toBe(true);
      }),
    );
    expect(new RegExp(escapeRegExp('a.cn')).test('abcn')).toBe(false);
  });
});

/** Addresses as a browser serializes an anchor's href: web ones with odd hosts, ports and users, and app links. */
const serialized = fc
  .oneof(
    fc.webUrl({
      withQueryParameters: true,
      withFragments: true,
      authoritySettings: { withPort: true, withUserInfo: true, withIPv4: true, withIPv6: true },
    }),
    fc
      .tuple(fc.constantFrom('taobao', 'openapp.jdmobile', 'snssdk1128', 'alipays', 'weixin'), fc.webUrl())
      .map(([scheme, web]) => `${scheme}${web.slice(web.indexOf(':'))}`),
    fc.constantFrom(
      'mailto:a@b.cn',
      'javascript:void(0)',
      'tel:+86100',
      'https://[::1]:8080/x',
      'HTTPS://Item.TAOBAO.com/',
    ),
  )
  .map((href) => new URL(href).href);

describe('partsOfHref against the URL parser', () => {
  it('reads the same scheme and host name as the URL parser', () => {
    fc.assert(
      fc.property(serialized, (href) => {
        const url = new URL(href);
        expect(partsOfHref(href)).toEqual({ protocol: url.protocol, hostname: url.hostname });
      }),
      { numRuns: 2000 },
    );
  });
});
