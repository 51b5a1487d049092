import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'shuqi',
  names: { en: 'Shuqi', zh: '书旗小说' },
  domains: ['shuqi.com'],
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
          text: 'KrASIA 2021-09',
          url: 'https://amp.kr-asia.com/major-tech-companies-in-china-unbrick-walled-gardens-to-integrate-rival-payment-services',
        },
        { text: 'CNBC 2021-09' },
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
  sources: ['https://www.shuqi.com/'],
  examples: [
    { input: 'https://www.shuqi.com/', url: 'https://www.shuqi.com/' },
    { input: '书旗小说 的网页版', url: null },
  ],
});
