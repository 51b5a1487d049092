import { definePaymentSite, unconfirmed } from '../define-site';

/** No dated public source on this site's payment methods was found yet: every method is unknown. */
export default definePaymentSite({
  id: 'miniso',
  names: { en: 'Miniso', zh: '名创优品' },
  kind: 'shopping',
  domains: ['miniso.com'],
  claims: [
    unconfirmed('alipay'),
    unconfirmed('wechat_pay'),
    unconfirmed('unionpay'),
    unconfirmed('intl_cards'),
  ],
});
