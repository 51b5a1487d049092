import { definePlatform } from './define-platform';

/** Known for its web domain (payments come from the same research). It must stand before `qq` in the registry to win y.qq.com. */
export default definePlatform({
  id: 'qqmusic',
  names: { en: 'QQ Music', zh: 'QQ音乐' },
  domains: ['y.qq.com'],
  payments: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      note: 'Unofficial guide lists WeChat Pay, Alipay, QQ Wallet, bank card.',
      confidence: 'low',
      sources: [
        { text: 'qqyyvip.com (unofficial, undated, low quality)', url: 'https://qqyyvip.com/21445.html' },
      ],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      note: 'As above (unofficial).',
      confidence: 'low',
      sources: [
        { text: 'qqyyvip.com (unofficial, undated, low quality)', url: 'https://qqyyvip.com/21445.html' },
      ],
    },
    {
      method: 'qq_wallet',
      status: 'supported',
      since: null,
      note: 'As above.',
      confidence: 'low',
      sources: [
        { text: 'qqyyvip.com (unofficial, undated, low quality)', url: 'https://qqyyvip.com/21445.html' },
      ],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      note: 'Bank card (unofficial).',
      confidence: 'low',
      sources: [
        { text: 'qqyyvip.com (unofficial, undated, low quality)', url: 'https://qqyyvip.com/21445.html' },
      ],
    },
  ],
  sources: ['https://y.qq.com/'],
  examples: [
    { input: 'https://y.qq.com/', url: 'https://y.qq.com/' },
    { input: 'QQ音乐 的网页版', url: null },
  ],
});
