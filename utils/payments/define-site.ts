import { methodNames } from './method-names';
import { krasia2021 } from './core-sources';
import type { PaymentClaim, PaymentMethod, PaymentSite, PaymentSource } from './schema';

/**
 * One site's payment facts, typed; `registry.test.ts` checks every file against the zod schema.
 * @example definePaymentSite({ id: 'jd', names: { en: 'JD.com', zh: '京东' }, kind: 'shopping', domains: ['jd.com'], claims: [] })
 */
export function definePaymentSite(site: PaymentSite): PaymentSite {
  return site;
}

/**
 * A method nobody has confirmed either way for the site: kept as a claim, so the popup can say so
 * instead of leaving the reader to guess.
 * @example unconfirmed('apple_pay').say.en // 'Nobody has confirmed whether you can pay with Apple Pay here.'
 */
export function unconfirmed(method: PaymentMethod): PaymentClaim {
  const name = methodNames[method];
  return {
    method,
    status: 'unknown',
    since: null,
    confirmed: null,
    say: {
      en: `Nobody has confirmed whether you can pay with ${name.en} here.`,
      zh: `暂无公开资料确认这里能否用${name.zh}付款。`,
    },
    sources: [],
  };
}

/**
 * A method nobody could confirm either way, with a plain sentence of the site's own.
 * @example unknownClaim('alipay', 'Whether Alipay works here is not yet confirmed.', '尚未确认能否用支付宝。').status // 'unknown'
 */
export function unknownClaim(method: PaymentMethod, en: string, zh: string): PaymentClaim {
  return { ...unconfirmed(method), say: { en, zh } };
}

/**
 * The two claims of an Alibaba app that opened to WeChat Pay on 2021-09-28 (Damai, Kaola, Shuqi,
 * Youku): Alipay as it always took, and WeChat Pay since then, on the sources that name this app.
 * @example alibabaAppOpened2021(yicai2021, scmp2021wechat)[1].since // '2021-09'
 */
export function alibabaAppOpened2021(...wechatSources: PaymentSource[]): PaymentClaim[] {
  return [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2021-09',
      say: { en: 'You can pay with Alipay.', zh: '可以用支付宝付款。' },
      sources: [krasia2021],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2021-09',
      confirmed: '2021-09-28',
      say: { en: 'You can pay with WeChat Pay since September 2021.', zh: '自2021年9月起可用微信支付。' },
      sources: wechatSources,
    },
  ];
}
