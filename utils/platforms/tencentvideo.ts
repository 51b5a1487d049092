import { definePlatform } from './define-platform';

/** Known for its web domain (payments come from the same research). It must stand before `qq` in the registry to win v.qq.com. */
export default definePlatform({
  id: 'tencentvideo',
  names: { en: 'Tencent Video', zh: '腾讯视频' },
  domains: ['v.qq.com'],
  payments: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      note: 'VIP auto-renewal manageable in WeChat Pay.',
      confidence: 'medium',
      sources: [
        { text: 'PConline Q&A (undated)', url: 'https://www.pconline.com.cn/ask/40820.html' },
        { text: 'm.bjmtth.com (undated, low quality)', url: 'http://m.bjmtth.com/news/5022.html' },
      ],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      note: 'VIP auto-renewal can be opened/closed via Alipay (i.e., a Tencent service accepting Alipay). No launch date found.',
      confidence: 'medium',
      sources: [
        { text: 'PConline Q&A (undated)', url: 'https://www.pconline.com.cn/ask/40820.html' },
        { text: 'm.bjmtth.com (undated, low quality)', url: 'http://m.bjmtth.com/news/5022.html' },
      ],
    },
    {
      method: 'qq_wallet',
      status: 'supported',
      since: null,
      note: 'QQ Wallet renewal mentioned (low-quality source).',
      confidence: 'low',
      sources: [
        { text: 'PConline Q&A (undated)', url: 'https://www.pconline.com.cn/ask/40820.html' },
        { text: 'm.bjmtth.com (undated, low quality)', url: 'http://m.bjmtth.com/news/5022.html' },
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
  sources: ['https://v.qq.com/'],
  examples: [
    { input: 'https://v.qq.com/', url: 'https://v.qq.com/' },
    { input: '腾讯视频 的网页版', url: null },
  ],
});
