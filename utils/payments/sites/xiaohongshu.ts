import { chumoping, hsxycw } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'xiaohongshu',
  names: { en: 'Xiaohongshu (RED)', zh: '小红书' },
  kind: 'social',
  domains: ['xiaohongshu.com', 'xhslink.com'],
  claims: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'You can pay with WeChat Pay.', zh: '可以用微信支付付款。' },
      sources: [chumoping, hsxycw],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'You can pay with Alipay.', zh: '可以用支付宝付款。' },
      sources: [chumoping, hsxycw],
    },
    unconfirmed('unionpay'),
    unconfirmed('ecny'),
  ],
});
