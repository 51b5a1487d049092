import { qqyyvip } from '../core-sources';
import { definePaymentSite } from '../define-site';

export default definePaymentSite({
  id: 'qq-music',
  names: { en: 'QQ Music', zh: 'QQ音乐' },
  kind: 'media',
  domains: ['y.qq.com'],
  claims: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'You can pay with WeChat Pay.', zh: '可以用微信支付付款。' },
      sources: [qqyyvip],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'You can pay with Alipay.', zh: '可以用支付宝付款。' },
      sources: [qqyyvip],
    },
    {
      method: 'qq_wallet',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'You can pay with QQ Wallet.', zh: '可以用QQ钱包付款。' },
      sources: [qqyyvip],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'You can pay with a bank card.', zh: '可以用银行卡付款。' },
      sources: [qqyyvip],
    },
  ],
});
