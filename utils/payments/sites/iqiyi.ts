import { phpcn2024, iqiyirules } from '../core-sources';
import { definePaymentSite } from '../define-site';

export default definePaymentSite({
  id: 'iqiyi',
  names: { en: 'iQiyi', zh: '爱奇艺' },
  kind: 'media',
  domains: ['iqiyi.com', 'iq.com'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2024-03-01',
      say: { en: 'Memberships can be paid and renewed with Alipay.', zh: '会员可以用支付宝付款和自动续费。' },
      sources: [phpcn2024],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2024-03-01',
      say: {
        en: 'Memberships can be paid and renewed with WeChat Pay.',
        zh: '会员可以用微信支付付款和自动续费。',
      },
      sources: [phpcn2024],
    },
    {
      method: 'paypal',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'The international site takes PayPal.', zh: '国际版可用 PayPal 付款。' },
      sources: [iqiyirules],
    },
    {
      method: 'intl_cards',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: {
        en: 'The international site takes credit and debit cards.',
        zh: '国际版可用信用卡和借记卡付款。',
      },
      sources: [iqiyirules],
    },
  ],
});
