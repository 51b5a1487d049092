import { definePaymentSite, unconfirmed } from '../define-site';

/** No dated public source on this site's payment methods was found yet: every method is unknown. */
export default definePaymentSite({
  id: 'dewu',
  names: { en: 'Dewu (Poizon)', zh: '得物' },
  kind: 'shopping',
  domains: ['dewu.com'],
  claims: [
    unconfirmed('alipay'),
    unconfirmed('wechat_pay'),
    unconfirmed('unionpay'),
    unconfirmed('intl_cards'),
  ],
});
