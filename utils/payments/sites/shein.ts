import { definePaymentSite, unknownClaim as unknown } from '../define-site';

const mainwave = {
  title: 'Mainwave: how to pay with PayPal on Shein (also cards such as Visa, Mastercard and Amex)',
  url: 'https://www.mainwave.xyz/2025/06/how-to-pay-with-paypal-on-shein.html',
  date: '2025-06',
  grade: 'unofficial',
} as const;

export default definePaymentSite({
  id: 'shein',
  names: { en: 'Shein', zh: 'SHEIN 希音' },
  kind: 'shopping',
  domains: ['shein.com'],
  claims: [
    {
      method: 'intl_cards',
      status: 'supported',
      since: null,
      confirmed: '2025-08-25',
      say: {
        en: "Shein's international sites take Visa, Mastercard and Amex cards in most countries.",
        zh: 'SHEIN 海外站在多数国家可用 Visa、万事达和美国运通卡。',
      },
      sources: [
        {
          title:
            'Accio: how to use the different Shein payment methods (major cards accepted in most countries)',
          url: 'https://www.accio.com/blog/how-to-use-the-different-shein-payment-methods',
          date: '2025-08-25',
          grade: 'secondary',
        },
        mainwave,
      ],
    },
    {
      method: 'paypal',
      status: 'supported',
      since: null,
      confirmed: '2025-06',
      say: {
        en: "PayPal is offered at checkout on Shein's international sites, where PayPal operates.",
        zh: 'SHEIN 海外站在 PayPal 可用的国家，结账时可选 PayPal。',
      },
      sources: [
        mainwave,
        {
          title: 'Timoguides: does Shein accept PayPal (yes)',
          url: 'https://www.timoguides.com/2022/11/does-shein-accept-paypal.html',
          date: '2022-11',
          grade: 'unofficial',
        },
      ],
    },
    unknown(
      'apple_pay',
      'Reports disagree on whether Shein takes Apple Pay.',
      '关于 SHEIN 是否支持 Apple Pay，说法不一。',
    ),
    unknown(
      'alipay',
      'Nobody has confirmed whether Alipay works on Shein.',
      '尚无可靠消息确认 SHEIN 能否用支付宝。',
    ),
    unknown(
      'wechat_pay',
      'Nobody has confirmed whether WeChat Pay works on Shein.',
      '尚无可靠消息确认 SHEIN 能否用微信支付。',
    ),
    unknown(
      'unionpay',
      'Nobody has confirmed whether UnionPay cards work on Shein.',
      '尚无可靠消息确认 SHEIN 能否用银联卡。',
    ),
  ],
});
