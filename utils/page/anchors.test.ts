import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorKind, partsOfHref } from './anchors';

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

describe('partsOfHref', () => {
  it('reads the same scheme and host name as the URL parser', () => {
    fc.assert(
      fc.property(serialized, (href) => {
        const url = new URL(href);
        expect(partsOfHref(href)).toEqual({ protocol: url.protocol, hostname: url.hostname });
      }),
      { numRuns: 2000 },
    );
  });

  it('tells web anchors (wrappers) from app links', () => {
    expect(anchorKind('https://link.zhihu.com/?target=x')).toBe('wrapper');
    expect(anchorKind('http://a.cn/')).toBe('wrapper');
    expect(anchorKind('taobao://item.taobao.com/item.htm?id=1')).toBe('scheme');
    expect(anchorKind('httpsx://a.cn/')).toBe('scheme');
  });
});
