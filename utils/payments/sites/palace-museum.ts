import { definePaymentSite, unknownClaim as unknown } from '../define-site';

const bookingGuide = {
  title: 'Howvc: how to buy Palace Museum tickets online (pay by Alipay, WeChat or UnionPay online)',
  url: 'http://www.howvc.com/shubk/202508/394786.html',
  date: '2025-08',
  grade: 'unofficial',
} as const;

export default definePaymentSite({
  id: 'palace-museum',
  names: { en: 'The Palace Museum', zh: '故宫博物院' },
  kind: 'tickets',
  domains: ['dpm.org.cn'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2025-08',
      say: {
        en: 'Tickets booked online can be paid with Alipay.',
        zh: '网上预约门票可用支付宝付款。',
      },
      sources: [bookingGuide],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2025-08',
      say: {
        en: 'Tickets booked online can be paid with WeChat Pay.',
        zh: '网上预约门票可用微信支付。',
      },
      sources: [bookingGuide],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      confirmed: '2025-08',
      say: {
        en: 'Tickets booked online can be paid with UnionPay cards.',
        zh: '网上预约门票可用银联卡付款。',
      },
      sources: [bookingGuide],
    },
    {
      method: 'ecny',
      status: 'supported',
      since: '2021',
      confirmed: '2021-12',
      say: {
        en: 'The digital yuan was set up for payments at the museum before the 2022 Winter Olympics.',
        zh: '2022 年冬奥会前，故宫已开通数字人民币支付。',
      },
      sources: [
        {
          title:
            'RaillyNews: the central bank says digital yuan payments are ready at sights such as the Palace Museum',
          url: 'https://raillynews.com/2021/12/digital-yuan-beijing-to-debut-at-2022-winter-olympics/',
          date: '2021-12',
          grade: 'secondary',
        },
      ],
    },
    unknown(
      'intl_cards',
      'Whether foreign cards can pay for tickets is not yet confirmed; foreign visitors book with a passport.',
      '尚未确认能否用境外银行卡购票；外国游客凭护照预约。',
    ),
  ],
});
