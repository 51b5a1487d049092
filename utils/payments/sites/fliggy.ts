import { lvyouzhishi } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'fliggy',
  names: { en: 'Fliggy', zh: '飞猪' },
  kind: 'travel',
  domains: ['fliggy.com', 'feizhu.com', 'alitrip.com'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'You can pay with Alipay.', zh: '可以用支付宝付款。' },
      sources: [lvyouzhishi],
    },
    {
      method: 'huabei',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: {
        en: 'Some hotels let you book now and pay later with Huabei.',
        zh: '部分酒店可用花呗先订后付。',
      },
      sources: [lvyouzhishi],
    },
    unconfirmed('wechat_pay'),
    unconfirmed('unionpay'),
    unconfirmed('ecny'),
    unconfirmed('intl_cards'),
  ],
});
