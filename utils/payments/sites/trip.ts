import { lvyouzhishi, cardozapub, tripfaq, jinan2025, ctripfaq } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'trip',
  names: { en: 'Trip.com / Ctrip', zh: '携程' },
  kind: 'travel',
  domains: ['trip.com', 'ctrip.com'],
  claims: [
    {
      method: 'intl_cards',
      status: 'supported',
      since: null,
      confirmed: '2025-11-10',
      say: { en: 'You can pay directly with a foreign card.', zh: '可直接用境外银行卡付款。' },
      sources: [jinan2025],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'You can pay with WeChat Pay for most bookings.', zh: '大多数预订可用微信支付付款。' },
      sources: [tripfaq],
    },
    {
      method: 'apple_pay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'You can pay with Apple Pay for most bookings.', zh: '大多数预订可用 Apple Pay 付款。' },
      sources: [tripfaq],
    },
    {
      method: 'paypal',
      status: 'partial',
      since: null,
      confirmed: '2017',
      say: {
        en: 'PayPal was offered on the desktop site for some bookings.',
        zh: '电脑版网站曾对部分预订提供 PayPal 付款。',
      },
      sources: [ctripfaq],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: { en: 'Chinese UnionPay cards work.', zh: '可以用国内银联卡付款。' },
      sources: [tripfaq, ctripfaq],
    },
    {
      method: 'huabei',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: {
        en: 'Some hotels let you book now and pay later with Huabei.',
        zh: '部分酒店可用花呗先订后付。',
      },
      sources: [lvyouzhishi],
    },
    {
      method: 'ecny',
      status: 'supported',
      since: null,
      confirmed: '2026',
      say: {
        en: 'e-CNY is accepted for transport and hotel bookings.',
        zh: '交通和酒店预订可用数字人民币付款。',
      },
      sources: [cardozapub],
    },
    unconfirmed('alipay'),
  ],
});
