import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'marriott-cn',
  names: { en: 'Marriott Bonvoy China', zh: '万豪旅享家' },
  kind: 'travel',
  domains: ['marriott.com.cn'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: '2015-09',
      confirmed: '2018-04-17',
      say: {
        en: 'Alipay can pay for bookings, and it is taken in most of its hotels in China.',
        zh: '预订可用支付宝付款，中国境内大部分酒店也支持支付宝。',
      },
      sources: [
        {
          title:
            'China Daily: Marriott to take Alipay for reservations, food and drink and meetings, starting with 10 hotels',
          url: 'https://global.chinadaily.com.cn/kindle/2015-09/08/content_21820720.htm',
          date: '2015-09-08',
          grade: 'major-outlet',
        },
        {
          title:
            'PYMNTS: Marriott rolls out Alipay, with a discount for booking on Marriott.com or Marriott.com.cn',
          url: 'http://www.pymnts.com/news/2015/marriott-secures-alipay-online-travel-booking-deal/',
          date: '2015',
          grade: 'secondary',
        },
        {
          title: 'SCMP: Alipay is already available in 90 per cent of Marriott hotels in China',
          url: 'https://www.scmp.com/business/companies/article/2142159/instant-noodles-alipay-how-marriott-hotels-are-luring-chinese',
          date: '2018-04-17',
          grade: 'major-outlet',
        },
      ],
    },
    unconfirmed('wechat_pay'),
    unconfirmed('unionpay'),
    unconfirmed('intl_cards'),
  ],
});
