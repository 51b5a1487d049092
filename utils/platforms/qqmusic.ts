import { definePlatform } from './define-platform';

/**
 * Known for its web domain (payments come from the same research). It must stand before `qq` in the
 * registry to win y.qq.com.
 *
 * The app's share text: `<singer>《<song>》 <c6.y.qq.com/base/fcgi-bin/u?__=…> @QQ音乐`, the link a
 * short link on a subdomain of y.qq.com.
 */
const shareText = {
  source: 'zhiyu1998/rconsole-plugin apps/tools.js (qqMusic, case 1)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'qqmusic',
  names: { en: 'QQ Music', zh: 'QQ音乐' },
  domains: ['y.qq.com'],
  markers: ['@QQ音乐'],
  titles: ['book-before'],
  shareText,
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
    {
      input:
        'Taylor Swift/Bleachers《Anti-Hero (Feat. Bleachers) (Explicit)》 https://c6.y.qq.com/base/fcgi-bin/u?__=lg19lFgQerbo @QQ音乐',
      url: 'https://c6.y.qq.com/base/fcgi-bin/u?__=lg19lFgQerbo',
      title: 'Anti-Hero (Feat. Bleachers) (Explicit)',
    },
    { input: '周杰伦《晴天》 @QQ音乐', url: null },
  ],
});
