import { krasia2021, reuters2021, cnbc2021 } from '../core-sources';
import { alibabaAppOpened2021, definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'shuqi',
  names: { en: 'Shuqi', zh: '书旗小说' },
  kind: 'media',
  domains: ['shuqi.com'],
  claims: [
    ...alibabaAppOpened2021(reuters2021, krasia2021, cnbc2021),
    unconfirmed('unionpay'),
    unconfirmed('ecny'),
    unconfirmed('intl_cards'),
  ],
});
