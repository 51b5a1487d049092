import { definePaymentSite } from '../define-site';

const cardDeal2003 = {
  title:
    'Asia Travel Tips: China Southern signs with China UnionPay and Visa to take cards for its online e-tickets',
  url: 'https://asiatraveltips.com/travelnews03/110ETicket.shtml',
  date: '2003',
  grade: 'secondary',
} as const;

export default definePaymentSite({
  id: 'china-southern',
  names: { en: 'China Southern Airlines', zh: '南方航空' },
  kind: 'travel',
  domains: ['csair.com'],
  claims: [
    {
      method: 'unionpay',
      status: 'supported',
      since: '2003-03',
      confirmed: '2003-08-28',
      say: {
        en: 'China Southern’s website takes UnionPay bank cards for tickets.',
        zh: '南航官网购票支持银联银行卡。',
      },
      sources: [
        cardDeal2003,
        {
          title:
            'China Tech News: earlier in 2003 China Southern opened online booking and payment to all China UnionPay cardholders',
          url: 'https://www.chinatechnews.com/2003/08/28/369-new-electronic-ticket-system-for-air-china',
          date: '2003-08-28',
          grade: 'secondary',
        },
      ],
    },
    {
      method: 'intl_cards',
      status: 'supported',
      since: '2003',
      confirmed: '2003',
      say: {
        en: 'China Southern’s website takes international credit cards such as Visa.',
        zh: '南航官网支持 Visa 等国际信用卡。',
      },
      sources: [cardDeal2003],
    },
    {
      method: 'alipay',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'It is not confirmed whether China Southern’s website takes Alipay.',
        zh: '尚未确认南航官网是否支持支付宝。',
      },
      sources: [],
    },
    {
      method: 'wechat_pay',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'It is not confirmed whether China Southern’s website takes WeChat Pay.',
        zh: '尚未确认南航官网是否支持微信支付。',
      },
      sources: [],
    },
    {
      method: 'paypal',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'It is not confirmed whether China Southern’s website takes PayPal.',
        zh: '尚未确认南航官网是否支持 PayPal。',
      },
      sources: [],
    },
  ],
});
