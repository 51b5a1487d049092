import { definePaymentSite, unknownClaim as unknown } from '../define-site';

const tuttotek = {
  title: 'Tuttotek: how to pay on Temu (cards incl. Visa, Mastercard, Amex, JCB; PayPal)',
  url: 'https://www.tuttotek.it/web-social/guide-web-social/come-pagare-su-temu-i-metodi-di-pagamento',
  date: '2024-06',
  grade: 'unofficial',
} as const;

const howToDo = {
  title: 'TheHowToDo: Temu payment guide 2024 (cards, PayPal, Klarna, Afterpay, Google Pay, Apple Pay)',
  url: 'https://thehowtodo.com/temu-payment-guide-secure-and-easy-shopping-in-2024.html',
  date: '2024',
  grade: 'unofficial',
} as const;

const bestChineseProducts = {
  title: 'BestChineseProducts: what modes of payment Temu accepts in 2024 (cards, Apple Pay, PayPal)',
  url: 'https://bestchineseproducts.com/ar/what-modes-of-payment-does-temu-accept/',
  date: '2024',
  grade: 'unofficial',
} as const;

export default definePaymentSite({
  id: 'temu',
  names: { en: 'Temu', zh: 'Temu' },
  kind: 'shopping',
  domains: ['temu.com'],
  claims: [
    {
      method: 'intl_cards',
      status: 'supported',
      since: null,
      confirmed: '2024-06',
      say: {
        en: "Temu's international site takes Visa, Mastercard, Amex and other foreign cards.",
        zh: 'Temu 海外站可用 Visa、万事达、美国运通等境外银行卡。',
      },
      sources: [tuttotek, howToDo, bestChineseProducts],
    },
    {
      method: 'paypal',
      status: 'supported',
      since: null,
      confirmed: '2024-06',
      say: {
        en: "PayPal is offered at checkout on Temu's international site.",
        zh: 'Temu 海外站结账时可选 PayPal。',
      },
      sources: [tuttotek, howToDo, bestChineseProducts],
    },
    {
      method: 'apple_pay',
      status: 'supported',
      since: null,
      confirmed: '2024',
      say: {
        en: "Apple Pay is offered at checkout on Temu's international site.",
        zh: 'Temu 海外站结账时可选 Apple Pay。',
      },
      sources: [howToDo, bestChineseProducts],
    },
    unknown(
      'alipay',
      'Nobody has confirmed whether Alipay works on Temu.',
      '尚无可靠消息确认 Temu 能否用支付宝。',
    ),
    unknown(
      'wechat_pay',
      'Nobody has confirmed whether WeChat Pay works on Temu.',
      '尚无可靠消息确认 Temu 能否用微信支付。',
    ),
    unknown(
      'unionpay',
      'Nobody has confirmed whether UnionPay cards work on Temu.',
      '尚无可靠消息确认 Temu 能否用银联卡。',
    ),
  ],
});
