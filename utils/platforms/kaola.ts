import { definePlatform } from './define-platform';

/** Known for its web domains (cited to the sites themselves; each payment claim names its own source); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'kaola',
  names: { en: 'Kaola (Kaola Haigou)', zh: '考拉海购' },
  domains: ['kaola.com'],
  payments: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      note: "WeChat Pay added 'alongside Alipay'.",
      confidence: 'medium',
      sources: [
        {
          text: 'KrASIA 2021-09',
          url: 'https://amp.kr-asia.com/major-tech-companies-in-china-unbrick-walled-gardens-to-integrate-rival-payment-services',
        },
      ],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2021-09',
      note: 'One of the first Alibaba apps to accept WeChat Pay (reported 2021-09-28).',
      confidence: 'high',
      sources: [
        { text: 'Reuters/36Kr 2021-09-28' },
        {
          text: 'Yicai Global 2021-09-28',
          url: 'https://yicaiglobal.com/news/alibaba-apps-start-accepting-wechat-pay-amid-stricter-antitrust-rules-',
        },
        {
          text: 'SCMP 2021-09-28',
          url: 'https://www.scmp.com/tech/big-tech/article/3150413/alibaba-opens-its-walled-garden-tencents-wechat-pay-heeding-beijings',
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
  sources: ['https://www.kaola.com/'],
  examples: [
    { input: 'https://www.kaola.com/', url: 'https://www.kaola.com/' },
    { input: '考拉海购 的网页版', url: null },
  ],
});
