import { scmp2021wechat, reuters2021, yicai2021 } from '../core-sources';
import { alibabaAppOpened2021, definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'kaola',
  names: { en: 'Kaola (Kaola Haigou)', zh: '考拉海购' },
  kind: 'shopping',
  domains: ['kaola.com'],
  claims: [
    ...alibabaAppOpened2021(reuters2021, yicai2021, scmp2021wechat),
    unconfirmed('unionpay'),
    unconfirmed('ecny'),
    unconfirmed('intl_cards'),
  ],
});
