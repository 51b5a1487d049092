import { golue2024, huanbao2025 } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'netease-music',
  names: { en: 'NetEase Cloud Music', zh: '网易云音乐' },
  kind: 'media',
  domains: ['music.163.com'],
  claims: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2025-06',
      say: {
        en: 'Memberships can be paid and renewed with WeChat Pay.',
        zh: '会员可以用微信支付付款和自动续费。',
      },
      sources: [golue2024, huanbao2025],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2025-06',
      say: { en: 'Memberships can be paid and renewed with Alipay.', zh: '会员可以用支付宝付款和自动续费。' },
      sources: [golue2024, huanbao2025],
    },
    unconfirmed('unionpay'),
  ],
});
