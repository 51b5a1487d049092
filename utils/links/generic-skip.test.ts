import { describe, expect, it } from 'vitest';
import { genericTarget } from './generic';
import { isNoSkipHost, isNoSkipParam, isNoSkipPath } from './generic-skip';
import { createPageEngine } from './index';

const app = encodeURIComponent('https://app.example.com/callback');

/**
 * Sign-in, OAuth, SSO, account and payment pages as their providers document them or as they appear
 * on the sites; every one embeds an address on another site, and none may be rewritten.
 */
const loginPages = [
  [
    'Google OAuth',
    `https://accounts.google.com/o/oauth2/v2/auth?client_id=1&redirect_uri=${app}&scope=openid`,
  ],
  [
    'Google sign-in',
    'https://accounts.google.com/ServiceLogin?service=mail&continue=https%3A%2F%2Fmail.example.net%2F',
  ],
  ['GitHub OAuth', `https://github.com/login/oauth/authorize?client_id=1&redirect_uri=${app}`],
  ['GitHub sign-in', 'https://github.com/login?return_to=https%3A%2F%2Fapp.example.com%2F'],
  [
    'Microsoft OAuth',
    `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1&redirect_uri=${app}`,
  ],
  [
    'Microsoft sign-out',
    `https://login.microsoftonline.com/common/oauth2/v2.0/logout?post_logout_redirect_uri=${app}`,
  ],
  ['Apple sign-in', `https://appleid.apple.com/auth/authorize?client_id=1&redirect_uri=${app}`],
  [
    'Keycloak',
    `https://sso.example.org/realms/x/protocol/openid-connect/auth?client_id=1&redirect_uri=${app}`,
  ],
  ['Auth0 sign-out', `https://tenant.auth0.com/v2/logout?returnTo=${app}`],
  ['CAS', 'https://cas.example.edu/cas/login?service=https%3A%2F%2Fportal.example.org%2F'],
  ['CAS on a plain host', 'https://idp.example.edu/login?service=https%3A%2F%2Fportal.example.org%2F'],
  ['SAML', `https://idp.example.edu/idp/profile/SAML2/Redirect/SSO?SAMLRequest=fZ&RelayState=${app}`],
  ['Shibboleth', 'https://sp.example.org/Shibboleth.sso/Login?target=https%3A%2F%2Fapp.example.net%2F'],
  ['WS-Federation', `https://adfs.example.com/adfs/ls/?wa=wsignin1.0&wtrealm=urn%3Ax&wreply=${app}`],
  [
    'Steam OpenID',
    `https://steamcommunity.com/openid/login?openid.mode=checkid_setup&openid.return_to=${app}`,
  ],
  ['Taobao', 'https://login.taobao.com/member/login.jhtml?redirectURL=https%3A%2F%2Fwww.tmall.com%2F'],
  ['Alipay sign-in', 'https://auth.alipay.com/login/index.htm?goto=https%3A%2F%2Fwww.taobao.com%2F'],
  ['Alipay gateway', `https://openapi.alipay.com/gateway.do?method=alipay.trade.page.pay&notify_url=${app}`],
  ['Alipay cashier', `https://excashier.alipay.com/standard/auth.htm?payOrderId=1&return_url=${app}`],
  ['WeChat Pay', `https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx1&redirect_url=${app}`],
  [
    'WeChat sign-in',
    `https://open.weixin.qq.com/connect/qrconnect?appid=1&redirect_uri=${app}&scope=snsapi_login`,
  ],
  ['QQ OAuth', `https://graph.qq.com/oauth2.0/authorize?response_type=code&client_id=1&redirect_uri=${app}`],
  ['QQ sign-in', 'https://xui.ptlogin2.qq.com/cgi-bin/xlogin?appid=1&s_url=https%3A%2F%2Fwww.weiyun.com%2F'],
  ['JD', 'https://passport.jd.com/new/login.aspx?ReturnUrl=https%3A%2F%2Fwww.jd.hk%2F'],
  [
    'Weibo visitor pass',
    'https://passport.weibo.com/visitor/visitor?entry=miniblog&url=https%3A%2F%2Fwww.sina.com.cn%2F',
  ],
  ['Weibo OAuth', `https://api.weibo.com/oauth2/authorize?client_id=1&redirect_uri=${app}`],
  ['Baidu', 'https://passport.baidu.com/v2/?login&u=https%3A%2F%2Fwww.hao123.com%2F'],
  ['Bilibili', 'https://passport.bilibili.com/login?gourl=https%3A%2F%2Fwww.biligame.com%2F'],
  [
    'Xiaomi',
    'https://account.xiaomi.com/pass/serviceLogin?sid=mi_eshop&callback=https%3A%2F%2Fwww.mi.com%2F',
  ],
  ['PayPal', `https://www.paypal.com/checkoutnow?token=EC-1&returnUrl=${app}`],
  ['a shop’s checkout', `https://shop.example.net/checkout/start?url=${app}`],
  ['WordPress', 'https://blog.example.net/wp-login.php?redirect_to=https%3A%2F%2Fother.example.org%2F'],
  ['Django', 'https://site.example.net/accounts/login/?next=https%3A%2F%2Fother.example.org%2F'],
  ['NextAuth', 'https://site.example.net/api/auth/signin?callbackUrl=https%3A%2F%2Fother.example.org%2F'],
  ['a sign-up page', `https://site.example.net/register?url=${app}`],
] as const;

describe('sign-in, OAuth, SSO, account and payment pages', () => {
  const engine = createPageEngine([], { generic: true });

  it.each(loginPages)('stay as they are with the generic fallback on: %s', (_, href) => {
    expect(genericTarget(href)).toBeNull();
    expect(engine.directLinkOf(href)).toBeNull();
  });
});

describe('the no-skip lists', () => {
  it.each([
    'redirect_uri',
    'RelayState',
    'service',
    'ReturnUrl',
    'next',
    'continue',
    'callback',
    'ref',
    'notify_url',
  ])('never take a target from the parameter %s', (name) => expect(isNoSkipParam(name)).toBe(true));

  it.each(['url', 'u', 'target', 'to', 'dest', 'redirect', 'redirect_url', 'link', 'href', 'jump', 'adurl'])(
    'let the parameter %s carry a target',
    (name) => expect(isNoSkipParam(name)).toBe(false),
  );

  it('read a role in a subdomain, but only an archive in the site’s own name', () => {
    expect(isNoSkipHost('passport.jd.com', 'jd.com')).toBe(true);
    expect(isNoSkipHost('archive.ph', 'archive.ph')).toBe(true);
    expect(isNoSkipHost('www.shareasale.com', 'shareasale.com')).toBe(false);
    expect(isNoSkipHost('search.app', 'search.app')).toBe(false);
  });

  it('read a role at the start of a path token (refusing `/author` too), not inside another word', () => {
    expect(isNoSkipPath('/oauth2/authorize')).toBe(true);
    expect(isNoSkipPath('/author/jane')).toBe(true);
    expect(isNoSkipPath('/display/go')).toBe(false);
    expect(isNoSkipPath('/OutboundRedirect.action')).toBe(false);
  });
});
