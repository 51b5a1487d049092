import { definePaymentSite, unconfirmed } from '../define-site';

const checkoutGuide = {
  title: "Weirz: how to check out on IKEA's online store (Alipay, WeChat Pay, UnionPay online, credit cards)",
  url: 'http://www.weirz.com/shubk/202511/452301.html',
  date: '2025-11',
  grade: 'unofficial',
} as const;

export default definePaymentSite({
  id: 'ikea-cn',
  names: { en: 'IKEA China', zh: '宜家' },
  kind: 'shopping',
  domains: ['ikea.cn'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2025-11',
      say: { en: 'Alipay is offered at checkout.', zh: '结账时可选支付宝。' },
      sources: [checkoutGuide],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2025-11',
      say: { en: 'WeChat Pay is offered at checkout.', zh: '结账时可选微信支付。' },
      sources: [checkoutGuide],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      confirmed: '2025-11',
      say: { en: 'UnionPay cards can be used online.', zh: '可用银联卡在线付款。' },
      sources: [checkoutGuide],
    },
    unconfirmed('intl_cards'),
    unconfirmed('ecny'),
  ],
});
