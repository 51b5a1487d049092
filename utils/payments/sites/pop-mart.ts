import { definePaymentSite, unconfirmed } from '../define-site';

/** No dated public source on this site's payment methods was found yet: every method is unknown. */
export default definePaymentSite({
  id: 'pop-mart',
  names: { en: 'Pop Mart', zh: '泡泡玛特' },
  kind: 'shopping',
  domains: ['popmart.com'],
  claims: [
    unconfirmed('alipay'),
    unconfirmed('wechat_pay'),
    unconfirmed('unionpay'),
    unconfirmed('intl_cards'),
    unconfirmed('paypal'),
  ],
});
