// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { FoundLink } from '@/utils/links';
import {
  allowedBy,
  hasHrefAsSent,
  inOrder,
  isKindOfHref,
  isSpanOf,
  linksToApply,
  pointsAsSent,
} from './answer-checks';
import type { PageFeatures, PageLink } from '@/utils/protocol';

const all: PageFeatures = {
  kinds: ['share', 'url', 'obfuscated', 'token', 'wrapper', 'scheme'],
  marker: true,
};
/** Every kind but these. */
const without = (...kinds: string[]): PageFeatures => ({
  ...all,
  kinds: all.kinds.filter((k) => !kinds.includes(k)),
});
const url = 'https://3.cn/2odH-z1a';
const text = `【京东】${url} 看看`;
const link = (start: number, original = url, kind: FoundLink['kind'] = 'share'): PageLink => ({
  start,
  end: start + original.length,
  original,
  url,
  platform: 'jd',
  kind,
  label: 'JD.com share text',
  app: 'JD.com',
});

describe('the fail-closed checks on an answer', () => {
  it.each(['wrapper', 'scheme', 'share', 'token', 'url', 'obfuscated'] as const)(
    'lets a %s through only while the page may unblock that kind',
    (kind) => {
      expect(allowedBy(all, kind)).toBe(true);
      expect(allowedBy(without(kind), kind)).toBe(false);
      expect(allowedBy({ ...all, kinds: [kind] }, kind)).toBe(true);
    },
  );

  it.each([
    ['wrapper', 'https://t.example.net/c?u=x', true],
    ['generic', 'https://t.example.net/c?u=x', true],
    ['scheme', 'https://t.example.net/c?u=x', false],
    ['generic', 'taobao://item.taobao.com/item.htm?id=1', false],
    ['scheme', 'taobao://item.taobao.com/item.htm?id=1', true],
  ] as const)('takes a %s answer for the anchor %s: %s', (kind, href, expected) => {
    expect(isKindOfHref({ ...link(4), kind }, href)).toBe(expected);
  });

  it.each([
    ['the true span', link(4), true],
    ['a span shifted by one', link(5), false],
    ['a span past the end', { ...link(4), end: text.length + 1 }, false],
    ['a span of another length than its text', { ...link(4), end: 10 }, false],
    ['a span before the start', { ...link(4), start: -1 }, false],
    ['a fractional span', { ...link(4), start: 4.5 }, false],
    ['another text at that place', link(4, 'https://3.cn/2odH-z1b'), false],
  ])('takes %s as a span of the text: %s', (_name, candidate, expected) => {
    expect(isSpanOf(text, candidate)).toBe(expected);
  });

  it('wants spans that are not empty, in order and apart', () => {
    expect(inOrder([link(0, 'ab'), link(2, 'cd')])).toBe(true);
    expect(inOrder([link(2, 'cd'), link(0, 'ab')])).toBe(false);
    expect(inOrder([link(0, 'abc'), link(2, 'cd')])).toBe(false);
    expect(inOrder([{ ...link(0, ''), end: 0 }])).toBe(false);
  });

  it('applies to a text node only while it is on the page with the text it was sent with', () => {
    const p = document.body.appendChild(document.createElement('p'));
    p.textContent = text;
    const node = p.firstChild as Text;
    expect(linksToApply(node, text, [link(4)], all)).toEqual([link(4)]);
    expect(linksToApply(node, text, [link(4)], without('share'))).toEqual([]);
    expect(linksToApply(node, text, [link(4), link(4)], all)).toEqual([]);
    node.data = '今天天气不错';
    expect(linksToApply(node, text, [link(4)], all)).toEqual([]);
    const detached = document.createTextNode(text);
    expect(linksToApply(detached, text, [link(4)], all)).toEqual([]);
  });

  it('leaves a plain address in code alone, but not what is blocked there', () => {
    const code = document.body.appendChild(document.createElement('code'));
    code.textContent = text;
    const node = code.firstChild as Text;
    expect(linksToApply(node, text, [link(4, url, 'url')], all)).toEqual([]);
    expect(linksToApply(node, text, [link(4)], all)).toEqual([link(4)]);
  });

  it('takes an anchor answer as stale once its href changed, or a relative one points elsewhere', () => {
    const a = document.body.appendChild(document.createElement('a'));
    a.setAttribute('href', 'https://w.example/?u=1');
    expect(hasHrefAsSent(a, 'https://w.example/?u=1')).toBe(true);
    expect(hasHrefAsSent(a, 'https://w.example/?u=2')).toBe(false);
    expect(pointsAsSent(a, 'https://w.example/?u=1', 'https://anything.example/')).toBe(true);
    a.setAttribute('href', '?u=1');
    expect(pointsAsSent(a, '?u=1', a.href)).toBe(true);
    expect(pointsAsSent(a, '?u=1', 'https://elsewhere.example/?u=1')).toBe(false);
    a.remove();
    expect(hasHrefAsSent(a, '?u=1')).toBe(false);
  });
});
