import { sourcing2015, cardozapub } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'suning',
  names: { en: 'Suning.com', zh: '苏宁易购' },
  kind: 'shopping',
  domains: ['suning.com'],
  claims: [
    {
      method: 'alipay',
      status: 'partial',
      since: null,
      confirmed: '2015-08',
      say: {
        en: "Alipay works in Suning's stores; online checkout is not confirmed.",
        zh: '苏宁门店可用支付宝，网上结账是否支持尚未确认。',
      },
      sources: [sourcing2015],
    },
    {
      method: 'ecny',
      status: 'partial',
      since: null,
      confirmed: '2026',
      say: { en: 'e-CNY works for goods Suning sells itself.', zh: '苏宁自营商品可用数字人民币付款。' },
      sources: [cardozapub],
    },
    unconfirmed('wechat_pay'),
    unconfirmed('unionpay'),
  ],
});
