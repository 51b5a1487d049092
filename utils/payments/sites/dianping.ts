import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'dianping',
  names: { en: 'Dianping', zh: '大众点评' },
  kind: 'food',
  domains: ['dianping.com'],
  claims: [
    unconfirmed('alipay'),
    unconfirmed('wechat_pay'),
    unconfirmed('meituan_pay'),
    unconfirmed('unionpay'),
    unconfirmed('ecny'),
  ],
});
