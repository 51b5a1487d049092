import { mr010, krasia2020ks, pandaily2022 } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'kuaishou',
  names: { en: 'Kuaishou', zh: '快手' },
  kind: 'social',
  domains: ['kuaishou.com'],
  claims: [
    {
      method: 'kuaishou_pay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: {
        en: "Kuaishou's own wallet can pay, also together with WeChat Pay or a bank card.",
        zh: '可以用快手自己的钱包付款，也可与微信支付或银行卡组合付款。',
      },
      sources: [mr010, krasia2020ks],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'You can pay with WeChat Pay.', zh: '可以用微信支付付款。' },
      sources: [mr010],
    },
    {
      method: 'zhima_pay_later',
      status: 'supported',
      since: '2022-06-01',
      confirmed: '2022-06',
      say: {
        en: 'Buy now, pay later with Zhima Credit since June 2022, for a good enough credit score.',
        zh: '自2022年6月起，芝麻分达标可先用后付。',
      },
      sources: [pandaily2022],
    },
    unconfirmed('alipay'),
    unconfirmed('unionpay'),
    unconfirmed('ecny'),
  ],
});
