import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'vipshop',
  names: { en: 'Vipshop', zh: '唯品会' },
  kind: 'shopping',
  domains: ['vip.com'],
  claims: [unconfirmed('wechat_pay'), unconfirmed('alipay'), unconfirmed('unionpay'), unconfirmed('ecny')],
});
