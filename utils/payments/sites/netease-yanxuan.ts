import { definePaymentSite, unconfirmed } from '../define-site';

/** No dated public source on this site's payment methods was found yet: every method is unknown. */
export default definePaymentSite({
  id: 'netease-yanxuan',
  names: { en: 'NetEase Yanxuan', zh: '网易严选' },
  kind: 'shopping',
  domains: ['you.163.com'],
  claims: [
    unconfirmed('alipay'),
    unconfirmed('wechat_pay'),
    unconfirmed('unionpay'),
    unconfirmed('intl_cards'),
  ],
});
