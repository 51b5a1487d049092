import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'railway12306',
  names: { en: 'China Railway 12306', zh: '铁路12306' },
  domains: ['12306.cn'],
  payments: [
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      note: 'Bank channels ICBC, ABC, BOC, CCB, CMB, PSBC, China UnionPay, China Railway Yintong card.',
      confidence: 'medium',
      sources: [
        { text: 'China Railway Corp. announcement as reported (undated)' },
        { text: 'Beijing Daily report (undated)' },
      ],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      note: 'First third-party payment on 12306 (test run reported by Beijing Daily; year not in retrieved copy).',
      confidence: 'medium',
      sources: [{ text: 'Beijing Daily report (undated)' }],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      note: "Trial from 'Nov 23' on website and app (year not in retrieved copy).",
      confidence: 'medium',
      sources: [{ text: 'China Railway Corp. announcement as reported (undated)' }],
    },
    {
      method: 'intl_cards',
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
  ],
  sources: ['https://www.12306.cn/'],
  examples: [
    { input: 'https://www.12306.cn/', url: 'https://www.12306.cn/' },
    { input: '铁路12306 的网页版', url: null },
  ],
});
