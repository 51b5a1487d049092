import { definePaymentSite, unconfirmed } from '../define-site';

/** No dated public source on this site's payment methods was found yet: every method is unknown. */
export default definePaymentSite({
  id: 'gome',
  names: { en: 'Gome', zh: '国美' },
  kind: 'shopping',
  domains: ['gome.com.cn'],
  claims: [
    unconfirmed('alipay'),
    unconfirmed('wechat_pay'),
    unconfirmed('unionpay'),
    unconfirmed('intl_cards'),
  ],
});
