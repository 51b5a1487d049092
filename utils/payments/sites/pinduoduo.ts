import { krasia2020pdd, scmp2024merchants, chinatechnews2020, alitariffs } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'pinduoduo',
  names: { en: 'Pinduoduo', zh: '拼多多' },
  kind: 'shopping',
  domains: ['pinduoduo.com', 'yangkeduo.com'],
  claims: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2024-09',
      say: { en: 'You can pay with WeChat Pay.', zh: '可以用微信支付付款。' },
      sources: [krasia2020pdd, scmp2024merchants],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2024-09',
      say: { en: 'You can pay with Alipay.', zh: '可以用支付宝付款。' },
      sources: [scmp2024merchants, krasia2020pdd],
    },
    {
      method: 'duoduo_pay',
      status: 'supported',
      since: '2020-12',
      confirmed: '2020-12-14',
      say: {
        en: "Pinduoduo's own Duoduo Pay has been offered since December 2020.",
        zh: '自2020年12月起提供拼多多自己的多多支付。',
      },
      sources: [chinatechnews2020, krasia2020pdd],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'Chinese UnionPay bank cards work.', zh: '可以用国内银联银行卡付款。' },
      sources: [alitariffs],
    },
    {
      method: 'intl_cards',
      status: 'unsupported',
      since: null,
      confirmed: '2026',
      say: { en: 'Foreign cards are turned down at checkout.', zh: '结账时不接受境外银行卡。' },
      sources: [alitariffs],
    },
    unconfirmed('ecny'),
  ],
});
