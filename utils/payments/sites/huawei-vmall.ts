import { definePaymentSite, unconfirmed, unknownClaim as unknown } from '../define-site';

const mate70Guide = {
  title:
    'Chinaswp: paying for a Mate 70 Pro pre-order (the Huawei store takes bank cards, Alipay and WeChat Pay)',
  url: 'http://m.chinaswp.com/article/v_32584.html',
  date: '2025-01-04',
  grade: 'unofficial',
} as const;

export default definePaymentSite({
  id: 'huawei-vmall',
  names: { en: 'Huawei VMall', zh: '华为商城' },
  kind: 'shopping',
  domains: ['vmall.com'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2025-01-04',
      say: { en: 'Alipay is offered at checkout.', zh: '结账时可选支付宝。' },
      sources: [mate70Guide],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2025-01-04',
      say: { en: 'WeChat Pay is offered at checkout.', zh: '结账时可选微信支付。' },
      sources: [mate70Guide],
    },
    unknown(
      'unionpay',
      'Bank cards are taken, but UnionPay by name is not confirmed.',
      '可用银行卡付款，但尚未确认是否注明支持银联。',
    ),
    unconfirmed('huabei'),
    unconfirmed('intl_cards'),
  ],
});
