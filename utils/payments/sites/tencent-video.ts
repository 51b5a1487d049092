import { pconline, bjmtth } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'tencent-video',
  names: { en: 'Tencent Video', zh: '腾讯视频' },
  kind: 'media',
  domains: ['v.qq.com'],
  claims: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: {
        en: 'Memberships can be paid and renewed with WeChat Pay.',
        zh: '会员可以用微信支付付款和自动续费。',
      },
      sources: [pconline, bjmtth],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'Memberships can be paid and renewed with Alipay.', zh: '会员可以用支付宝付款和自动续费。' },
      sources: [pconline, bjmtth],
    },
    {
      method: 'qq_wallet',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'Memberships can be renewed with QQ Wallet.', zh: '会员可以用QQ钱包自动续费。' },
      sources: [pconline, bjmtth],
    },
    unconfirmed('unionpay'),
  ],
});
