import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'suning',
  names: { en: 'Suning.com', zh: '苏宁易购' },
  domains: ['suning.com'],
  payments: [
    {
      method: 'alipay',
      status: 'partial',
      since: null,
      note: '2015 Alibaba–Suning alliance: shoppers in Suning stores could pay with Alipay Wallet; online checkout not confirmed.',
      confidence: 'low',
      sources: [
        {
          text: 'Sourcing Journal 2015-08',
          url: 'https://sourcingjournal.com/topics/retail/alibaba-invests-4-6b-in-chinese-electronics-chain-suning-34242/',
        },
      ],
    },
    {
      method: 'ecny',
      status: 'partial',
      since: null,
      note: 'e-CNY for Suning.cn self-operated goods (undated, low-quality list).',
      confidence: 'low',
      sources: [
        {
          text: 'cardozapub.com (undated, low quality)',
          url: 'http://cardozapub.com/CateringFranchise/ieulnsjgoa.html',
        },
      ],
    },
    {
      method: 'wechat_pay',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
    {
      method: 'unionpay',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
  ],
  sources: ['https://www.suning.com/'],
  examples: [
    { input: 'https://www.suning.com/', url: 'https://www.suning.com/' },
    { input: '苏宁易购 的网页版', url: null },
  ],
});
