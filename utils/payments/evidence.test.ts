import { describe, expect, it } from 'vitest';
import { isHttpHref } from '../url';
import { findSeenMethods, type PageOption, type PageReading } from './evidence';
import { evidenceElements, evidenceHosts, type ResourceKind } from './evidence-hosts';
import { checkoutHeadings, normalizeLabel } from './evidence-labels';
import { factDateSchema, paymentMethodIds } from './schema';

const empty: PageReading = { resources: [], options: [], actions: [], elements: [] };
const option = (pieces: string[], headings: string[], form: PageOption['form'] = null): PageOption => ({
  pieces,
  headings,
  form,
});
const methods = (reading: Partial<PageReading>) =>
  findSeenMethods({ ...empty, ...reading }).map((s) => s.method);
const resource = (kind: ResourceKind, host: string, path: string) => ({ resources: [{ kind, host, path }] });

describe('the evidence data', () => {
  it.each(evidenceHosts.map((e) => [`${e.host}${e.path}`, e] as const))(
    '%s names a known method, a documented source and the day it was checked',
    (_, entry) => {
      expect(paymentMethodIds).toContain(entry.method);
      expect(isHttpHref(entry.source.url) && entry.source.url.startsWith('https://')).toBe(true);
      expect(factDateSchema.safeParse(entry.source.checked).success).toBe(true);
      expect(entry.host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(entry.path.startsWith('/')).toBe(true);
      expect(entry.kinds.length).toBeGreaterThan(0);
    },
  );

  it('never counts a gateway as a link: articles link the addresses they explain', () => {
    const gateways = evidenceHosts.filter((e) => /gateway|frontTransReq|webscr|checkmweb/.test(e.path));
    expect(gateways.length).toBeGreaterThan(3);
    expect(gateways.filter((e) => e.kinds.includes('link'))).toEqual([]);
  });

  it('names each custom element with a source', () => {
    for (const e of evidenceElements) expect(e.source.url).toMatch(/^https:\/\//);
  });
});

describe('addresses as evidence', () => {
  it.each([
    ['the Stripe.js script', resource('script', 'js.stripe.com', '/v3/'), ['intl_cards']],
    ['the PayPal SDK script', resource('script', 'www.paypal.com', '/sdk/js'), ['paypal']],
    [
      'a form posting to the Alipay gateway',
      resource('form', 'openapi.alipay.com', '/gateway.do'),
      ['alipay'],
    ],
    [
      'a form posting to UnionPay',
      resource('form', 'gateway.95516.com', '/gateway/api/frontTransReq.do'),
      ['unionpay'],
    ],
    [
      'the WeChat Pay H5 cashier as the page',
      resource('page', 'wx.tenpay.com', '/cgi-bin/mmpayweb-bin/checkmweb'),
      ['wechat_pay'],
    ],
    ['a host in capitals', resource('script', 'JS.Stripe.com', '/v3/'), ['intl_cards']],
    [
      'a link to the Alipay gateway (a blog explaining it)',
      resource('link', 'openapi.alipay.com', '/gateway.do'),
      [],
    ],
    ['a link to the PayPal SDK', resource('link', 'www.paypal.com', '/sdk/js'), []],
    ['a script from the gateway host', resource('script', 'openapi.alipay.com', '/gateway.do'), []],
    ['a look-alike host', resource('script', 'js.stripe.com.example.net', '/v3/'), []],
    ['another PayPal path', resource('script', 'www.paypal.com', '/signin'), []],
    ['a developer documentation site', resource('link', 'developer.paypal.com', '/sdk/js/'), []],
  ])('%s', (_, reading, expected) => {
    expect(methods(reading)).toEqual(expected);
  });

  it('names the card processor and the host', () => {
    expect(findSeenMethods({ ...empty, ...resource('script', 'js.stripe.com', '/v3/') })).toEqual([
      { method: 'intl_cards', evidence: [{ kind: 'script', host: 'js.stripe.com', processor: 'Stripe' }] },
    ]);
  });

  it('counts the Apple Pay button element', () => {
    expect(methods({ elements: ['apple-pay-button'] })).toEqual(['apple_pay']);
  });
});

describe('labels as evidence', () => {
  const pay = { actions: ['立即支付'] };

  it.each([
    ['支付宝', ['alipay']],
    ['使用支付宝付款', ['alipay']],
    ['微信支付', ['wechat_pay']],
    ['银联云闪付', ['unionpay']],
    ['云闪付', ['unionpay']],
    ['Apple Pay', ['apple_pay']],
    ['ＰａｙＰａｌ', ['paypal']],
    ['Visa', ['intl_cards']],
    ['花呗分期', ['huabei']],
    ['支付宝扫码领红包', []],
    ['我们支持支付宝', []],
    ['信用卡', []],
    ['微信好友', []],
  ])('a choice labelled "%s" under "选择支付方式" shows %j', (label, expected) => {
    expect(methods({ ...pay, options: [option([label], ['选择支付方式'])] })).toEqual(expected);
  });

  it.each([
    ['支付方式', true],
    ['1. 选择支付方式：', true],
    ['请选择付款方式', true],
    ['收银台', true],
    ['Payment method', true],
    ['Choose a payment method', true],
    ['Pay with', true],
    ['你最常用的支付方式是？', false],
    ['微信支付使用指南', false],
    ['支付方式对比', false],
    ['Payment methods we accept in our stores', false],
  ])('the heading "%s" makes a checkout: %s', (heading, checkout) => {
    expect(checkoutHeadings.some((p) => p.test(normalizeLabel(heading)))).toBe(checkout);
    const found = methods({ ...pay, options: [option(['支付宝'], [heading])] });
    expect(found).toEqual(checkout ? ['alipay'] : []);
  });

  it('needs a button that pays: a filter headed "支付方式" is no checkout', () => {
    const options = [option(['支付宝'], ['支付方式'])];
    expect(methods({ options, actions: ['筛选', '搜索'] })).toEqual([]);
    expect(methods({ options, actions: ['确认付款'] })).toEqual(['alipay']);
    expect(methods({ options, actions: ['Place order'] })).toEqual(['alipay']);
  });

  it('takes a form that posts to a cashier as the checkout, whatever its heading', () => {
    const form = { host: 'openapi.alipay.com', path: '/gateway.do' };
    expect(methods({ options: [option(['支付宝'], [], form)] })).toEqual(['alipay']);
    expect(methods({ options: [option(['支付宝'], [], { host: 'shop.example.cn', path: '/pay' })] })).toEqual(
      [],
    );
  });

  it('names at most three pieces of evidence per method, each once', () => {
    const options = ['Visa', 'Visa', 'Mastercard', 'JCB', 'Amex'].map((l) => option([l], ['Payment method']));
    const [cards] = findSeenMethods({ ...empty, actions: ['Pay now'], options });
    expect(cards!.evidence).toEqual([
      { kind: 'label', text: 'Visa' },
      { kind: 'label', text: 'Mastercard' },
      { kind: 'label', text: 'JCB' },
    ]);
  });
});
