import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { defaultRules } from '@/utils/links/default-rules';
import { toDirectUrl } from '@/utils/links';
import { openWrappers } from '@/utils/links/open-wrappers';
import { safeHttpUrl } from '@/utils/url';
import { directOpenTarget, readOpenWrappers } from './open-target';

const list = openWrappers(defaultRules);
const BASE = 'https://blog.csdn.net/u/article/details/1';
const open = (input: unknown, base = BASE) => directOpenTarget(input, base, list);
const csdn = (target: string) => `https://link.csdn.net/?target=${encodeURIComponent(target)}`;
const zhihu = (target: string) => `https://link.zhihu.com/?target=${encodeURIComponent(target)}`;

describe('directOpenTarget: what window.open opens instead', () => {
  it.each([
    ['a CSDN wrapper', csdn('https://example.org/'), 'https://example.org/'],
    [
      'a 51CTO transfer with its target unencoded',
      'https://blog.51cto.com/transfer?https://a.example/x?y=1&z=2',
      'https://a.example/x?y=1&z=2',
    ],
    [
      'a protocol-relative wrapper',
      '//link.csdn.net/?target=https%3A%2F%2Fexample.org%2F',
      'https://example.org/',
    ],
    [
      'a relative wrapper on the wrapper host itself',
      '/?target=https%3A%2F%2Fexample.org%2F',
      'https://example.org/',
      'https://link.csdn.net/x',
    ],
    [
      'a double-encoded target',
      'https://link.csdn.net/?target=https%253A%252F%252Fexample.org%252F',
      'https://example.org/',
    ],
    [
      'a wrapper around a wrapper of another host',
      csdn(zhihu('https://example.org/deep')),
      'https://example.org/deep',
    ],
  ])('opens the direct target of %s', (_, input, direct, base = BASE) => {
    expect(open(input, base)).toBe(direct);
  });

  it.each([
    ['a javascript: target', csdn('javascript:alert(1)')],
    ['a javascript:// target', 'https://link.csdn.net/?target=javascript://%250aalert(1)'],
    ['a data: target', csdn('data:text/html,<script>alert(1)</script>')],
    ['a target with credentials', csdn('https://user:pw@example.org/')],
    ['a wrapper around a javascript: target inside another wrapper', csdn(zhihu('javascript:alert(1)'))],
    ['an address that is no listed wrapper', 'https://example.org/?target=https%3A%2F%2Fa.example%2F'],
    ['a look-alike host', 'https://link.csdn.net.evil.example/?target=https%3A%2F%2Fa.example%2F'],
    ['a relative address on a page that is no wrapper', '/?target=https%3A%2F%2Fa.example%2F'],
    ['a wrapper without its parameter', 'https://link.csdn.net/?url=https%3A%2F%2Fa.example%2F'],
    ['a wrapper whose target does not decode', 'https://link.csdn.net/?target=%E0%A4%A'],
    ['an address longer than any link', csdn(`https://example.org/${'x'.repeat(9000)}`)],
    ['an address that does not parse', 'https://[bad'],
  ])('leaves the call alone for %s', (_, input) => {
    expect(open(input)).toBeNull();
  });

  it('opens a warning page a wrapper leads to, never the target it warns about', () => {
    const warning = 'https://c.pc.qq.com/middleb.html?pfurl=https%3A%2F%2Fbad.example%2F';
    expect(open(csdn(warning))).toBe(warning);
    expect(open(warning)).toBeNull();
  });

  it('follows wrappers as deep as the engine does, and refuses deeper chains', () => {
    const nest = (depth: number) =>
      Array.from({ length: depth }).reduce<string>(csdn, 'https://example.org/');
    expect(open(nest(6))).toBe('https://example.org/');
    expect(toDirectUrl(nest(6))).toBe('https://example.org/');
    expect(open(nest(7))).toBeNull();
    expect(toDirectUrl(nest(7))).toBeNull();
  });

  it('leaves arguments that are not strings alone, without converting them', () => {
    const toString = vi.fn(() => csdn('https://example.org/'));
    for (const input of [undefined, null, 42, new URL(csdn('https://example.org/')), { toString }])
      expect(open(input)).toBeNull();
    expect(toString).not.toHaveBeenCalled();
  });

  it('rewrites nothing without a list', () => {
    expect(directOpenTarget(csdn('https://example.org/'), BASE, [])).toBeNull();
  });

  it('gives only what the engine gives for the same wrapper, whatever the target', () => {
    const wrapper = fc.constantFrom(...list);
    fc.assert(
      fc.property(wrapper, fc.webUrl({ withQueryParameters: true }), (w, target) => {
        const query = w.param === null ? target : `${w.param}=${encodeURIComponent(target)}`;
        const input = `https://${w.host}${w.path}?${query}`;
        const direct = open(input);
        if (direct !== null) expect(direct).toBe(toDirectUrl(input));
      }),
    );
  });

  it('only ever gives a safe http(s) address, and never throws', () => {
    const input = fc.oneof(fc.string(), fc.webUrl(), fc.webUrl().map(csdn), fc.string().map(csdn));
    fc.assert(
      fc.property(input, (value) => {
        const direct = open(value);
        if (direct !== null) expect(safeHttpUrl(direct)).toBe(direct);
      }),
    );
  });
});

describe('readOpenWrappers: the list as handed over', () => {
  it('reads a list of wrappers, keeping only their three fields', () => {
    const detail = JSON.stringify([{ host: 'link.csdn.net', path: '/', param: 'target', extra: 1 }]);
    expect(readOpenWrappers(detail)).toEqual([{ host: 'link.csdn.net', path: '/', param: 'target' }]);
  });

  it.each([
    ['an object instead of JSON text', [{ host: 'a.example', path: '/', param: 'u' }]],
    ['text that is not JSON', '[{'],
    ['JSON that is no list', '{"host":"a.example"}'],
    ['an entry of the wrong shape', '[{"host":"a.example","path":"/","param":1}]'],
    [
      'a list longer than the registry',
      JSON.stringify(Array(501).fill({ host: 'a', path: '/', param: null })),
    ],
  ])('reads %s as an empty list', (_, detail) => {
    expect(readOpenWrappers(detail)).toEqual([]);
  });
});
