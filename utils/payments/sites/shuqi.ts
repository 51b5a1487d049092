import { krasia2021, reuters2021, cnbc2021 } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'shuqi',
  names: { en: 'Shuqi', zh: '书旗小说' },
  kind: 'media',
  domains: ['shuqi.com'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2021-09',
      say: { en: 'You can pay with Alipay.', zh: '可以用支付宝付款。' },
      sources: [krasia2021],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2021-09',
      confirmed: '2021-09-28',
      say: { en: 'You can pay with WeChat Pay since September 2021.', zh: '自2021年9月起可用微信支付。' },
      sources: [reuters2021, krasia2021, cnbc2021],
    },
    unconfirmed('unionpay'),
    unconfirmed('ecny'),
    unconfirmed('intl_cards'),
  ],
});
