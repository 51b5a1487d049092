import { scmp2021wechat, yicai2021, cnbc2021 } from '../core-sources';
import { alibabaAppOpened2021, definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'youku',
  names: { en: 'Youku', zh: '优酷' },
  kind: 'media',
  domains: ['youku.com'],
  claims: [
    ...alibabaAppOpened2021(yicai2021, scmp2021wechat, cnbc2021),
    unconfirmed('unionpay'),
    unconfirmed('ecny'),
    unconfirmed('intl_cards'),
  ],
});
