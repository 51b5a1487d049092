import { scmp2021wechat, krasia2021, yicai2021, cnbc2021 } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'youku',
  names: { en: 'Youku', zh: '优酷' },
  kind: 'media',
  domains: ['youku.com'],
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
      sources: [yicai2021, scmp2021wechat, cnbc2021],
    },
    unconfirmed('unionpay'),
    unconfirmed('ecny'),
    unconfirmed('intl_cards'),
  ],
});
