import { drbdp } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'dangdang',
  names: { en: 'Dangdang', zh: '当当' },
  kind: 'shopping',
  domains: ['dangdang.com'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'You can pay with Alipay.', zh: '可以用支付宝付款。' },
      sources: [drbdp],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'You can pay with WeChat Pay.', zh: '可以用微信支付付款。' },
      sources: [drbdp],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'You can pay online with a UnionPay card.', zh: '可以用银联卡在线付款。' },
      sources: [drbdp],
    },
    unconfirmed('ecny'),
  ],
});
