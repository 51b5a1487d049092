import { definePaymentSite } from '../define-site';

export default definePaymentSite({
  id: 'kfc-cn',
  names: { en: 'KFC China', zh: '肯德基' },
  kind: 'food',
  domains: ['kfc.com.cn'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: '2015-07',
      confirmed: '2015-07-24',
      say: {
        en: 'KFC restaurants in China take Alipay.',
        zh: '肯德基中国餐厅支持支付宝。',
      },
      sources: [
        {
          title:
            'ECNS (Global Times): KFC stores in Beijing start taking Alipay, after 700 in Shanghai and Zhejiang',
          url: 'http://ecns.cn/business/2015/07-09/172432.shtml',
          date: '2015-07-09',
          grade: 'major-outlet',
        },
        {
          title: 'China Daily: KFC and McDonald’s start mobile payment in China through Alipay',
          url: 'http://covid-19.chinadaily.com.cn/kindle/2015-07/24/content_21397308.htm',
          date: '2015-07-24',
          grade: 'major-outlet',
        },
      ],
    },
    {
      method: 'apple_pay',
      status: 'supported',
      since: '2016-02',
      confirmed: '2016-02',
      say: {
        en: 'KFC restaurants in China take Apple Pay.',
        zh: '肯德基中国餐厅支持 Apple Pay。',
      },
      sources: [
        {
          title:
            'Kekenet (bilingual news repost): Apple lists KFC among the first merchants taking Apple Pay in China',
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
        en: 'KFC restaurants in China take WeChat Pay.',
        zh: '肯德基中国餐厅支持微信支付。',
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
        en: 'It is not confirmed whether KFC China takes UnionPay cards.',
        zh: '尚未确认肯德基中国是否支持银联卡。',
      },
      sources: [],
    },
    {
      method: 'intl_cards',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'It is not confirmed whether foreign cards work directly at KFC China.',
        zh: '尚未确认肯德基中国能否直接使用境外银行卡。',
      },
      sources: [],
    },
  ],
});
