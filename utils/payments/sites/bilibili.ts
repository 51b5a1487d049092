import { cryptomak2020, site06925 } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'bilibili',
  names: { en: 'Bilibili', zh: '哔哩哔哩' },
  kind: 'media',
  domains: ['bilibili.com', 'b23.tv'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'You can top up with Alipay.', zh: '可以用支付宝充值。' },
      sources: [site06925],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'You can top up with WeChat Pay.', zh: '可以用微信支付充值。' },
      sources: [site06925],
    },
    {
      method: 'ecny',
      status: 'partial',
      since: '2020-12',
      confirmed: '2020-12-11',
      say: { en: 'e-CNY was accepted in the Suzhou pilot.', zh: '苏州试点期间可用数字人民币付款。' },
      sources: [cryptomak2020],
    },
    unconfirmed('unionpay'),
  ],
});
