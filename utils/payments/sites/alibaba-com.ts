import { alibabafaq } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'alibaba-com',
  names: { en: 'Alibaba.com', zh: '阿里巴巴国际站' },
  kind: 'shopping',
  domains: ['alibaba.com'],
  claims: [
    {
      method: 'intl_cards',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'Orders can be paid by Visa or Mastercard.', zh: '订单可用 Visa 或 Mastercard 付款。' },
      sources: [alibabafaq],
    },
    {
      method: 'alipay',
      status: 'unsupported',
      since: null,
      confirmed: '2026',
      say: {
        en: 'You cannot pay with an Alipay wallet; Alipay only holds the payment in the background.',
        zh: '不能用支付宝钱包付款；支付宝只在后台托管货款。',
      },
      sources: [alibabafaq],
    },
    unconfirmed('paypal'),
    unconfirmed('apple_pay'),
    unconfirmed('wechat_pay'),
  ],
});
