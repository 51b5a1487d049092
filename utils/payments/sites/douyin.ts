import { yicai2021douyin, technode2021douyin } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'douyin',
  names: { en: 'Douyin (incl. Douyin Mall)', zh: '抖音 / 抖音商城' },
  kind: 'social',
  domains: ['douyin.com', 'jinritemai.com'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2021-01-20',
      say: { en: 'You can pay with Alipay.', zh: '可以用支付宝付款。' },
      sources: [yicai2021douyin, technode2021douyin],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2021-01-20',
      say: { en: 'You can pay with WeChat Pay.', zh: '可以用微信支付付款。' },
      sources: [yicai2021douyin, technode2021douyin],
    },
    {
      method: 'douyin_pay',
      status: 'supported',
      since: '2021-01',
      confirmed: '2021-01-20',
      say: {
        en: "Douyin's own Douyin Pay has been offered since January 2021.",
        zh: '自2021年1月起提供抖音自己的抖音支付。',
      },
      sources: [yicai2021douyin, technode2021douyin],
    },
    unconfirmed('unionpay'),
    unconfirmed('ecny'),
  ],
});
