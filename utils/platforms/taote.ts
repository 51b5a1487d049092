import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'taote',
  names: { en: 'Taobao Deals (Taote)', zh: '淘特' },
  domains: [],
  payments: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      note: 'Alipay is the default method shown at checkout.',
      confidence: 'high',
      sources: [{ text: 'Beijing Business Daily 2024-08-19' }],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2024-08-19',
      note: "Added in the app's payment-method list without internal test, direct jump to WeChat; 2021: awaiting Tencent approval; 2021-05 Taobao Deals WeChat mini-program stalled.",
      confidence: 'high',
      sources: [
        { text: 'Beijing Business Daily 2024-08-19' },
        { text: 'Beijing Daily 2024-09-05' },
        { text: 'Dao Insights 2024-09', url: 'https://daoinsights.com/?p=40248' },
        {
          text: 'KrASIA 2021-09',
          url: 'https://amp.kr-asia.com/major-tech-companies-in-china-unbrick-walled-gardens-to-integrate-rival-payment-services',
        },
        {
          text: 'SCMP 2021-05',
          url: 'https://www.scmp.com/tech/big-tech/article/3130172/alibabas-launch-bargain-marketplace-taobao-deals-tencents-super-app',
        },
      ],
    },
    {
      method: 'unionpay',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
    {
      method: 'ecny',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
    {
      method: 'intl_cards',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
  ],
  sources: [
    'https://www.scmp.com/tech/big-tech/article/3130172/alibabas-launch-bargain-marketplace-taobao-deals-tencents-super-app',
  ],
  examples: [{ input: '淘特 的网页版', url: null }],
});
