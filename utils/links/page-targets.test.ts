import { describe, expect, it } from 'vitest';
import { defaultRules } from './default-rules';
import { isPageTargetIn, pageReadsIn, pageTargetIn } from './page-targets';

const BAIDU = 'https://www.baidu.com/link?url=zU0uKJ7uVd4FZcXPqsLhdGUbvbCNEG5jxS7ZxKx8bBC';
const target = (page: string, href: string, read: string) =>
  pageTargetIn(defaultRules, page, href, read)?.url;

describe('pageTargetIn', () => {
  it('takes the value a results page keeps beside its opaque link, named for the page platform', () => {
    const link = pageTargetIn(defaultRules, 'www.baidu.com', BAIDU, ' https://developer.mozilla.org/ ');
    expect(link).toMatchObject({ url: 'https://developer.mozilla.org/', kind: 'wrapper', platform: 'baidu' });
    expect(link).toMatchObject({ start: 0, end: BAIDU.length, original: BAIDU });
  });

  it.each([
    ['words around the address', 'see https://a.example/ now'],
    ['an address cut short', 'https://a.example/very/lo…'],
    ['no scheme', 'a.example/x'],
    ['a script', 'javascript:alert(1)'],
    ['a data address', 'data:text/html,hi'],
    ["the platform's own host", 'https://tieba.baidu.com/p/1'],
    ["the anchor's own host", 'https://www.baidu.com/link?url=other'],
    ["a platform's warning page", 'https://steamcommunity.com/linkfilter/?url=https%3A%2F%2Fa.example%2F'],
    ['an address past the length limit', `https://a.example/${'x'.repeat(9000)}`],
  ])('refuses %s', (_, read) => {
    expect(target('www.baidu.com', BAIDU, read)).toBeUndefined();
  });

  it('applies only on the pages the rule names, and only to the anchors it names', () => {
    expect(target('evil.example', BAIDU, 'https://a.example/')).toBeUndefined();
    expect(target('www.baidu.com.evil.example', BAIDU, 'https://a.example/')).toBeUndefined();
    expect(target('www.baidu.com', 'https://www.baidu.com/s?wd=x', 'https://a.example/')).toBeUndefined();
    expect(target('www.baidu.com', 'https://evil.example/link?url=x', 'https://a.example/')).toBeUndefined();
  });

  it('takes a subdomain of a page the rule names (x.com pages on mobile.x.com)', () => {
    expect(target('mobile.x.com', 'https://t.co/aBcD3fGh1J', 'https://a.example/')).toBe(
      'https://a.example/',
    );
  });

  it('never throws on values that are not strings', () => {
    const bad = [null, undefined, 42, {}] as unknown as string[];
    for (const value of bad) {
      expect(pageTargetIn(defaultRules, value, BAIDU, 'https://a.example/')).toBeNull();
      expect(pageTargetIn(defaultRules, 'www.baidu.com', value, 'https://a.example/')).toBeNull();
      expect(pageTargetIn(defaultRules, 'www.baidu.com', BAIDU, value)).toBeNull();
    }
  });
});

describe('pageReadsIn and isPageTargetIn', () => {
  it("tells a page only its own host's rules", () => {
    expect(pageReadsIn(defaultRules, 'www.baidu.com')).toEqual([
      {
        hosts: ['www.baidu.com'],
        wildcards: [],
        from: [{ attribute: 'mu', within: '#content_left > [mu]' }],
      },
    ]);
    expect(pageReadsIn(defaultRules, 'forum.example.net')).toEqual([]);
  });

  it('knows the anchors some page keeps the target of', () => {
    expect(isPageTargetIn(defaultRules, BAIDU)).toBe(true);
    expect(isPageTargetIn(defaultRules, 'https://t.co/aBcD3fGh1J')).toBe(true);
    expect(isPageTargetIn(defaultRules, 'https://www.baidu.com/s?wd=x')).toBe(false);
    expect(isPageTargetIn(defaultRules, 'not a url')).toBe(false);
  });
});
