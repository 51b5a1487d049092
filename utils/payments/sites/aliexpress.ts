import { tamebay2011, alihelper2024 } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'aliexpress',
  names: { en: 'AliExpress', zh: '速卖通' },
  kind: 'shopping',
  domains: ['aliexpress.com', 'aliexpress.us', 'aliexpress.ru'],
  claims: [
    {
      method: 'intl_cards',
      status: 'supported',
      since: null,
      confirmed: '2024',
      say: {
        en: 'You can pay with Visa, Mastercard and other international cards.',
        zh: '可用 Visa、Mastercard 等国际银行卡付款。',
      },
      sources: [tamebay2011, alihelper2024],
    },
    {
      method: 'paypal',
      status: 'partial',
      since: null,
      confirmed: '2024',
      say: { en: 'PayPal is offered in some countries only.', zh: '仅部分国家和地区可用 PayPal 付款。' },
      sources: [tamebay2011, alihelper2024],
    },
    {
      method: 'apple_pay',
      status: 'supported',
      since: null,
      confirmed: '2024',
      say: { en: 'You can pay with Apple Pay.', zh: '可以用 Apple Pay 付款。' },
      sources: [alihelper2024],
    },
    unconfirmed('wechat_pay'),
    unconfirmed('alipay'),
  ],
});
