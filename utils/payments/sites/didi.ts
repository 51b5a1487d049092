import { forkast2022, cryptomak2020, ugrim2025, citizendaily2026 } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'didi',
  names: { en: 'DiDi', zh: '滴滴出行' },
  kind: 'travel',
  domains: ['didiglobal.com', 'didichuxing.com'],
  claims: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2025-12-20',
      say: { en: 'You can pay with WeChat Pay.', zh: '可以用微信支付付款。' },
      sources: [ugrim2025],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2025-12-20',
      say: { en: 'You can pay with Alipay.', zh: '可以用支付宝付款。' },
      sources: [ugrim2025],
    },
    {
      method: 'ecny',
      status: 'partial',
      since: '2020-12',
      confirmed: '2022-01',
      say: { en: 'e-CNY is accepted in some pilot cities.', zh: '部分试点城市可用数字人民币付款。' },
      sources: [cryptomak2020, forkast2022],
    },
    {
      method: 'intl_cards',
      status: 'partial',
      since: null,
      confirmed: '2026',
      say: {
        en: 'Foreign cards can be added, but are often declined without a Chinese phone number.',
        zh: '可以绑定境外银行卡，但没有中国手机号时常被拒。',
      },
      sources: [citizendaily2026],
    },
    unconfirmed('unionpay'),
  ],
});
