import { definePlatform } from './define-platform';

/** Known for its web domains (cited to the sites themselves; each payment claim names its own source); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'fliggy',
  names: { en: 'Fliggy', zh: '飞猪' },
  domains: ['fliggy.com', 'feizhu.com', 'alitrip.com'],
  payments: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      note: 'Alipay/Huabei payment on Fliggy described in user Q&A; not from an official page.',
      confidence: 'low',
      sources: [
        {
          text: 'lvyouzhishi.com translated Q&A (undated, low quality)',
          url: 'https://lvyouzhishi.com/sheyingzhishi/47xjnh0t8f.html',
        },
      ],
    },
    {
      method: 'huabei',
      status: 'supported',
      since: null,
      note: "Huabei 'book now, pay after check-out' on Fliggy (user Q&A).",
      confidence: 'low',
      sources: [
        {
          text: 'lvyouzhishi.com translated Q&A (undated, low quality)',
          url: 'https://lvyouzhishi.com/sheyingzhishi/47xjnh0t8f.html',
        },
      ],
    },
    {
      method: 'wechat_pay',
      status: 'unknown',
      since: null,
      note: 'Not mentioned in the 2021 or 2024 Alibaba WeChat Pay reports; no public confirmation found.',
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
  sources: ['https://www.fliggy.com/', 'https://www.feizhu.com/', 'https://www.alitrip.com/'],
  examples: [
    { input: 'https://www.fliggy.com/', url: 'https://www.fliggy.com/' },
    { input: '飞猪 的网页版', url: null },
  ],
});
