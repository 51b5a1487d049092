import { definePlatform } from './define-platform';

const research =
  'Unwall share-text research (sharetext.md §1, §3): SocialSisterYi/bilibili-API-collect docs/misc/b23tv.md, yutto urlparser';
const redirects =
  'Unwall redirect research (redirects.json): maomao1996/tampermonkey-scripts remove-redirect';

export default definePlatform({
  id: 'bilibili',
  names: { en: 'Bilibili', zh: '哔哩哔哩' },
  domains: ['bilibili.com', 'b23.tv', 'bili2233.cn'],
  markers: ['-哔哩哔哩】', '_哔哩哔哩_bilibili'],
  titles: ['lenticular-before'],
  titleSuffixes: ['-哔哩哔哩', '_哔哩哔哩_bilibili'],
  textIds: [{ match: 'BV1{id:base58:9}', to: 'https://www.bilibili.com/video/BV1{id}', source: research }],
  wrappers: [
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['game.bilibili.com'],
      path: '/linkfilter/',
      query: { url: '{u:url}' },
      to: '{u}',
      note: "A link filter like Steam's; no public account of a plain notice, so it counts as a warning.",
      source: `${redirects}; Unwall review, issue 4: warning and block pages are not leave notices`,
    },
    {
      kind: 'interstitial',
      hosts: ['www.bilibili.com'],
      path: '/york/link-middle-page',
      query: { redirect_url: '{u:url}' },
      to: '{u}',
      source: redirects,
    },
  ],
  schemes: [
    {
      names: ['bilibili'],
      routes: [
        { path: 'video/{id:digits}', to: 'https://www.bilibili.com/video/av{id}' },
        { path: 'video/BV{id:alnum:10}', to: 'https://www.bilibili.com/video/BV{id}' },
        { path: 'av/{id:digits}', to: 'https://www.bilibili.com/video/av{id}' },
        { path: 'space/{mid:digits}', to: 'https://space.bilibili.com/{mid}' },
        { path: 'live/{room:digits}', to: 'https://live.bilibili.com/{room}' },
        { path: 'bangumi/season/{ss:digits}', to: 'https://www.bilibili.com/bangumi/play/ss{ss}' },
        { path: 'opus/detail/{id:digits}', to: 'https://www.bilibili.com/opus/{id}' },
        { path: 'following/detail/{id:digits}', to: 'https://t.bilibili.com/{id}' },
      ],
      source: research,
    },
  ],
  canonical: [
    { hosts: ['b23.tv'], path: '/BV{id:alnum:10}/**', to: 'https://www.bilibili.com/video/BV{id}' },
    { hosts: ['b23.tv'], path: '/av{id:digits}/**', to: 'https://www.bilibili.com/video/av{id}' },
  ],
  payments: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      note: 'Official recharge channels include Alipay/WeChat Pay (low-quality source).',
      confidence: 'low',
      sources: [
        { text: '06925.com (undated, low quality)', url: 'https://www.06925.com/blblpt/829847537.html' },
      ],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      note: 'As above.',
      confidence: 'low',
      sources: [
        { text: '06925.com (undated, low quality)', url: 'https://www.06925.com/blblpt/829847537.html' },
      ],
    },
    {
      method: 'ecny',
      status: 'partial',
      since: '2020-12',
      note: 'Suzhou e-CNY pilot (Bank of China wallets) Dec 2020.',
      confidence: 'medium',
      sources: [
        {
          text: 'Cryptomak 2020-12-11',
          url: 'https://cryptomak.co.uk/china-suzhous-dcep-trial-sees-digital-yuan-on-jd-com-meituan-and-didi',
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
  ],
  sources: [research, redirects],
  examples: [
    {
      input: '【浅梦-Dream的个人空间-哔哩哔哩】 https://b23.tv/hR6J1YF',
      url: 'https://b23.tv/hR6J1YF',
      title: '浅梦-Dream的个人空间',
    },
    { input: 'https://b23.tv/BV1GJ411x7h7', url: 'https://www.bilibili.com/video/BV1GJ411x7h7' },
    { input: 'bilibili://video/170001', url: 'https://www.bilibili.com/video/av170001' },
    { input: '视频号 BV1GJ411x7h7 真不错', url: 'https://www.bilibili.com/video/BV1GJ411x7h7' },
    {
      input:
        'https://game.bilibili.com/linkfilter/?url=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
      url: 'https://game.bilibili.com/linkfilter/?url=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
    },
    { input: 'BV号是B站的视频编号，例如 BV1234 这种写法就不完整', url: null },
  ],
});
