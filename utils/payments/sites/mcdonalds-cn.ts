import { definePaymentSite } from '../define-site';

export default definePaymentSite({
  id: 'mcdonalds-cn',
  names: { en: 'McDonald’s China', zh: '麦当劳' },
  kind: 'food',
  domains: ['mcd.cn'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: '2015-09',
      confirmed: '2015-09-30',
      say: {
        en: 'McDonald’s restaurants in China take Alipay.',
        zh: '麦当劳中国餐厅支持支付宝。',
      },
      sources: [
        {
          title: 'China Daily: McDonald’s to pilot mobile ordering and payment with Alipay in China',
          url: 'http://covid-19.chinadaily.com.cn/kindle/2015-07/24/content_21397308.htm',
          date: '2015-07-24',
          grade: 'major-outlet',
        },
        {
          title:
            'PaymentEye: McDonald’s to take Alipay in its 2,100 China restaurants, nationwide by March 2016',
          url: 'https://www.paymenteye.com/2015/09/30/mcdonalds-to-accept-mobile-payments-in-china/',
          date: '2015-09-30',
          grade: 'secondary',
        },
      ],
    },
    {
      method: 'apple_pay',
      status: 'supported',
      since: '2016-02',
      confirmed: '2016-02',
      say: {
        en: 'McDonald’s restaurants in China take Apple Pay.',
        zh: '麦当劳中国餐厅支持 Apple Pay。',
      },
      sources: [
        {
          title:
            'Kekenet (bilingual news repost): McDonald’s to take Apple Pay in its 1,700 China restaurants',
          url: 'https://m.kekenet.com/read/201602/426965.shtml',
          date: '2016-02',
          grade: 'secondary',
        },
      ],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2017-09-26',
      say: {
        en: 'McDonald’s restaurants in China take WeChat Pay.',
        zh: '麦当劳中国餐厅支持微信支付。',
      },
      sources: [
        {
          title:
            'ChinaAg (comment on a Global Times report): McDonald’s, KFC and Costa Coffee in China already take WeChat Pay',
          url: 'https://www.chinaag.org/2017/09/26/starbucks-begins-accepting-alipay-mobile-payment-app/',
          date: '2017-09-26',
          grade: 'secondary',
        },
      ],
    },
    {
      method: 'unionpay',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'It is not confirmed whether McDonald’s China takes UnionPay cards.',
        zh: '尚未确认麦当劳中国是否支持银联卡。',
      },
      sources: [],
    },
    {
      method: 'intl_cards',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'It is not confirmed whether foreign cards work directly at McDonald’s China.',
        zh: '尚未确认麦当劳中国能否直接使用境外银行卡。',
      },
      sources: [],
    },
  ],
});
