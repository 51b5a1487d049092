import { definePaymentSite } from '../define-site';

const asiaTimesAlipay = {
  title:
    'Asia Times (citing Caixin): Starbucks brings Alipay to 2,800 China stores, which also take WeChat Pay, QuickPass and Apple Pay',
  url: 'https://asiatimes.com/2017/09/starbucks-introduces-alipay-2800-chinese-shops/',
  date: '2017-09',
  grade: 'secondary',
} as const;

const chinaAgAlipay = {
  title:
    'ChinaAg (citing Global Times): Starbucks takes Alipay in 2,800 mainland stores, after taking WeChat Pay since December 2016',
  url: 'https://www.chinaag.org/2017/09/26/starbucks-begins-accepting-alipay-mobile-payment-app/',
  date: '2017-09-26',
  grade: 'secondary',
} as const;

export default definePaymentSite({
  id: 'starbucks-cn',
  names: { en: 'Starbucks China', zh: '星巴克中国' },
  kind: 'food',
  domains: ['starbucks.com.cn'],
  claims: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2016-12',
      confirmed: '2017-09-26',
      say: {
        en: 'Starbucks stores in China take WeChat Pay.',
        zh: '星巴克中国门店支持微信支付。',
      },
      sources: [
        {
          title: 'China Daily: Starbucks takes WeChat Pay at about 2,500 cafes across China',
          date: '2016-12-12',
          grade: 'major-outlet',
        },
        {
          title:
            'PaymentsSource (repost): Starbucks customers in China can pay with WeChat Pay at nearly 2,500 stores',
          url: 'https://fintechranking.com/2016/12/15/starbucks-tencent-add-chinas-wechat-for-coffee-payments/',
          date: '2016-12-15',
          grade: 'secondary',
        },
        {
          title:
            'Caixin Global: mobile payments charge up McDonald’s and Starbucks in China after the Tencent tie-up',
          url: 'https://www.caixinglobal.com/2017-05-16/mobile-payments-charge-up-mcdonalds-starbucks-in-china-101091208.html',
          date: '2017-05-16',
          grade: 'major-outlet',
        },
        asiaTimesAlipay,
        chinaAgAlipay,
      ],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: '2017-09-25',
      confirmed: '2020-07-20',
      say: {
        en: 'Starbucks stores in China take Alipay, and you can order ahead inside the Alipay app.',
        zh: '星巴克中国门店支持支付宝，也可以在支付宝里提前下单。',
      },
      sources: [
        asiaTimesAlipay,
        chinaAgAlipay,
        {
          title:
            'Reuters: Starbucks order-ahead and pick-up comes to Alibaba apps including Alipay, Taobao and Amap',
          url: 'https://archives.lincolndailynews.com/2020/Jul/20/NEWS/business_q.shtml',
          date: '2020-07-20',
          grade: 'major-outlet',
        },
      ],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      confirmed: '2017-09',
      say: {
        en: 'Starbucks stores in China take UnionPay QuickPass.',
        zh: '星巴克中国门店支持银联闪付。',
      },
      sources: [asiaTimesAlipay],
    },
    {
      method: 'apple_pay',
      status: 'supported',
      since: null,
      confirmed: '2017-09',
      say: {
        en: 'Starbucks stores in China take Apple Pay.',
        zh: '星巴克中国门店支持 Apple Pay。',
      },
      sources: [
        {
          title:
            'XFA Finance: before WeChat Pay arrived, Starbucks China took only cash, bank cards or Apple Pay',
          url: 'http://en.xfafinance.com/html/Industries/Finance/2016/285273.shtml',
          date: '2016-12',
          grade: 'secondary',
        },
        asiaTimesAlipay,
      ],
    },
    {
      method: 'intl_cards',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'It is not confirmed whether foreign cards work directly at Starbucks China.',
        zh: '尚未确认星巴克中国能否直接使用境外银行卡。',
      },
      sources: [],
    },
  ],
});
