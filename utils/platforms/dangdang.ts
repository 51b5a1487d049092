import { definePlatform } from './define-platform';

/** Known for its web domains (cited to the sites themselves; each payment claim names its own source); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'dangdang',
  names: { en: 'Dangdang', zh: '当当' },
  domains: ['dangdang.com'],
  payments: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      note: 'Low-quality page lists Alipay, WeChat Pay, UnionPay online, online banking.',
      confidence: 'low',
      sources: [{ text: 'drbdp.com (undated, low quality)', url: 'https://top.drbdp.com/2-938889.html' }],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      note: 'As above.',
      confidence: 'low',
      sources: [{ text: 'drbdp.com (undated, low quality)', url: 'https://top.drbdp.com/2-938889.html' }],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      note: 'As above.',
      confidence: 'low',
      sources: [{ text: 'drbdp.com (undated, low quality)', url: 'https://top.drbdp.com/2-938889.html' }],
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
  sources: ['https://www.dangdang.com/'],
  examples: [
    { input: 'https://www.dangdang.com/', url: 'https://www.dangdang.com/' },
    { input: '当当 的网页版', url: null },
  ],
});
