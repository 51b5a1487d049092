import { definePlatform } from './define-platform';

/** Known for its web domain (payments come from the same research). The research covers only the China storefront, so its payments apply under `/cn/` only. */
export default definePlatform({
  id: 'appstorecn',
  names: { en: 'Apple App Store (China)', zh: 'App Store 中国区' },
  domains: ['apps.apple.com'],
  paymentsPath: '/cn/',
  payments: [
    {
      method: 'unionpay',
      status: 'supported',
      since: '2014-11-17',
      note: 'UnionPay debit/credit cards linked to Apple ID.',
      confidence: 'high',
      sources: [
        {
          text: 'Reuters 2014-11-17',
          url: 'http://www.reuters.com/article/us-apple-china-unionpay-idUSKCN0J10BF20141117',
        },
        {
          text: 'TechCrunch 2014-11-16',
          url: 'https://techcrunch.com/2014/11/16/apple-adds-unionpay-chinas-largest-bankcard-network-to-app-store-payment-options/',
        },
      ],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: '2016-11',
      note: 'Accepted since Nov 2016.',
      confidence: 'high',
      sources: [
        {
          text: 'WSJ via MacDailyNews 2017-08-31',
          url: 'http://macdailynews.com/2017/08/31/apple-approves-tencents-wechat-pay-for-app-store-purchases-in-china/',
        },
      ],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2017-08',
      note: 'Accepted from Aug 2017.',
      confidence: 'high',
      sources: [
        {
          text: 'WSJ via MacDailyNews 2017-08-31',
          url: 'http://macdailynews.com/2017/08/31/apple-approves-tencents-wechat-pay-for-app-store-purchases-in-china/',
        },
      ],
    },
    {
      method: 'carrier_billing',
      status: 'supported',
      since: null,
      note: 'Payments via telecom operator (e.g., China Mobile) existed before 2014.',
      confidence: 'medium',
      sources: [
        {
          text: 'TechCrunch 2014-11-16',
          url: 'https://techcrunch.com/2014/11/16/apple-adds-unionpay-chinas-largest-bankcard-network-to-app-store-payment-options/',
        },
      ],
    },
    {
      method: 'intl_cards',
      status: 'supported',
      since: null,
      note: 'Credit cards accepted before UnionPay addition.',
      confidence: 'medium',
      sources: [
        {
          text: 'TechCrunch 2014-11-16',
          url: 'https://techcrunch.com/2014/11/16/apple-adds-unionpay-chinas-largest-bankcard-network-to-app-store-payment-options/',
        },
      ],
    },
  ],
  sources: ['https://apps.apple.com/cn/'],
  examples: [
    { input: 'https://apps.apple.com/cn/', url: 'https://apps.apple.com/cn/' },
    { input: 'App Store 中国区 的网页版', url: null },
  ],
});
