import { scmp2021wechat, krasia2021, yicai2021 } from '../core-sources';
import { alibabaAppOpened2021, definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'damai',
  names: { en: 'Damai', zh: '大麦' },
  kind: 'tickets',
  domains: ['damai.cn'],
  claims: [
    ...alibabaAppOpened2021(yicai2021, scmp2021wechat, krasia2021),
    unconfirmed('unionpay'),
    unconfirmed('ecny'),
    unconfirmed('intl_cards'),
  ],
});
