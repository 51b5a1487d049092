import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'neteasemusic',
  names: { en: 'NetEase Cloud Music', zh: '网易云音乐' },
  domains: ['music.163.com'],
  payments: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      note: 'Auto-renewal via WeChat Pay, Alipay or Apple subscription (low-quality sources).',
      confidence: 'low',
      sources: [
        { text: 'golue.com 2024-11-21 (low quality)', url: 'https://m.golue.com/news/v1128940.html' },
        { text: 'huanbaoxinwen.com 2025-06', url: 'https://www.huanbaoxinwen.com/zxwd/202506/258420.html' },
      ],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      note: 'As above.',
      confidence: 'low',
      sources: [
        { text: 'golue.com 2024-11-21 (low quality)', url: 'https://m.golue.com/news/v1128940.html' },
        { text: 'huanbaoxinwen.com 2025-06', url: 'https://www.huanbaoxinwen.com/zxwd/202506/258420.html' },
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
  ],
  sources: ['https://music.163.com/'],
  examples: [
    { input: 'https://music.163.com/', url: 'https://music.163.com/' },
    { input: '网易云音乐 的网页版', url: null },
  ],
});
