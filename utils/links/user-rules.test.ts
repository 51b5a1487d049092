import { describe, expect, it } from 'vitest';
import { createPageEngine } from './index';
import { isLoginReturnParam, type UserRule } from './user-rules';

const out: UserRule = { host: 'go.example.com', pathPrefix: '/out', param: 'to', encoding: 'url' };
const b64: UserRule = { host: 'r.example.org', pathPrefix: '/', param: 'u', encoding: 'base64' };

describe('user wrapper rules', () => {
  const engine = createPageEngine([out, b64]);

  it.each([
    ['https://go.example.com/out?to=https%3A%2F%2Fshop.cn%2Fa', 'https://shop.cn/a'],
    ['https://go.example.com/out/x?to=https://shop.cn/b', 'https://shop.cn/b'],
    ['https://m.go.example.com/out?to=https%3A%2F%2Fshop.cn%2Fc', 'https://shop.cn/c'],
    [`https://r.example.org/any/path?u=${btoa('https://shop.cn/d')}`, 'https://shop.cn/d'],
  ])('unwraps %s', (href, direct) => {
    expect(engine.toDirectUrl(href)).toBe(direct);
    expect(engine.mayNeedDirectUrl('https:', new URL(href).hostname, href)).toBe(true);
  });

  it.each([
    ['outside the path prefix', 'https://go.example.com/outside?to=https%3A%2F%2Fshop.cn%2F'],
    ['another parameter', 'https://go.example.com/out?target=https%3A%2F%2Fshop.cn%2F'],
    ['a javascript: target', 'https://go.example.com/out?to=javascript%3Aalert(1)'],
    ['a look-alike host', 'https://go.example.com.evil.cn/out?to=https%3A%2F%2Fshop.cn%2F'],
    ['a data: target in base64', `https://r.example.org/?u=${btoa('data:text/html,x')}`],
  ])('leaves %s alone', (_, href) => {
    expect(engine.toDirectUrl(href)).toBeNull();
  });

  it('keeps the registry working next to the user rules', () => {
    expect(engine.toDirectUrl('https://link.zhihu.com/?target=https%3A//a.cn/')).toBe('https://a.cn/');
    expect(engine.findLinks('看 https://go.example.com/out?to=https%3A%2F%2Fshop.cn%2Fe')[0]?.url).toBe(
      'https://shop.cn/e',
    );
  });

  it('adds nothing when there are no user rules', () => {
    expect(
      createPageEngine([]).toDirectUrl('https://go.example.com/out?to=https%3A%2F%2Fshop.cn%2F'),
    ).toBeNull();
    expect(createPageEngine([]).mayNeedDirectUrl('https:', 'go.example.com', 'https://go.example.com/')).toBe(
      false,
    );
  });
});

describe('login return parameters', () => {
  it.each([
    'redirect_uri',
    'post_logout_redirect_uri',
    'RelayState',
    'service',
    'wreply',
    'ReturnUrl',
    'return_url',
    'returnTo',
    'return-to',
    'next',
    'continue',
    'redirect_to',
    'goto',
    'came_from',
    'callback',
    'callbackUrl',
  ])('a user rule on %s never takes the login’s return address as its target', (param) => {
    expect(isLoginReturnParam(param)).toBe(true);
    const engine = createPageEngine([{ host: 'login.example.com', pathPrefix: '/', param, encoding: 'url' }]);
    const href = `https://login.example.com/signin?${param}=${encodeURIComponent('https://app.example.com/cb?code=1')}`;
    expect(engine.toDirectUrl(href)).toBeNull();
  });

  it.each(['to', 'target', 'url', 'u', 'redirect', 'link'])('%s stays a wrapper parameter', (param) => {
    expect(isLoginReturnParam(param)).toBe(false);
  });
});
