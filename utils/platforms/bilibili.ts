import { definePlatform } from './define-platform';

const b23 = 'SocialSisterYi/bilibili-API-collect docs/misc/b23tv.md';
const shortLinks = { source: b23, verified: '2026-12-01' } as const;
const bvid = {
  source: 'SocialSisterYi/bilibili-API-collect docs/misc/bvid_desc.md (BV and 10 base58 characters)',
  verified: '2026-12-01',
} as const;
const appLinks = {
  source: 'guozhigq/pilipala lib/utils/app_scheme.dart; bggRGjQaUbCoE/PiliPlus lib/utils/app_scheme.dart',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'bilibili',
  names: { en: 'Bilibili', zh: '哔哩哔哩' },
  domains: ['bilibili.com', 'b23.tv', 'bili2233.cn'],
  markers: ['-哔哩哔哩】', '_哔哩哔哩_bilibili'],
  shareText: {
    source: `${b23} (【<title>-哔哩哔哩】 https://b23.tv/<code>); the page-title suffix _哔哩哔哩_bilibili is seen in many public notes, no single file cited`,
    verified: '2026-12-01',
  },
  titles: ['lenticular-before'],
  titleSuffixes: ['-哔哩哔哩', '_哔哩哔哩_bilibili'],
  textIds: [{ match: 'BV1{id:base58:9}', to: 'https://www.bilibili.com/video/BV1{id}', ...bvid }],
  wrappers: [
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['game.bilibili.com'],
      path: '/linkfilter/',
      query: { url: '{u:url}' },
      to: '{u}',
      note: "A link filter like Steam's; no public account of a plain notice, so it counts as a warning, not a leave notice.",
      source:
        'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/bilibili.com.ts; PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js',
      verified: '2026-12-01',
    },
    {
      kind: 'interstitial',
      hosts: ['www.bilibili.com'],
      path: '/york/link-middle-page',
      query: { redirect_url: '{u:url}' },
      to: '{u}',
      source: 'YisRime/TamperMonkeyScript RedirectAll.js',
      verified: '2026-12-01',
    },
  ],
  schemes: [
    {
      names: ['bilibili'],
      routes: [
        { path: 'video/{id:digits}', to: 'https://www.bilibili.com/video/av{id}' },
        { path: 'video/BV{id:alnum:10}', to: 'https://www.bilibili.com/video/BV{id}' },
        {
          path: 'av/{id:digits}',
          to: 'https://www.bilibili.com/video/av{id}',
          note: 'The older form; no public file traced for it.',
        },
        { path: 'space/{mid:digits}', to: 'https://space.bilibili.com/{mid}' },
        { path: 'live/{room:digits}', to: 'https://live.bilibili.com/{room}' },
        { path: 'bangumi/season/{ss:digits}', to: 'https://www.bilibili.com/bangumi/play/ss{ss}' },
        { path: 'opus/detail/{id:digits}', to: 'https://www.bilibili.com/opus/{id}' },
        { path: 'following/detail/{id:digits}', to: 'https://t.bilibili.com/{id}' },
      ],
      ...appLinks,
    },
  ],
  appLinks: [
    { hosts: ['www.bilibili.com'], path: '/video/av{id:digits}', to: 'bilibili://video/{id}', ...appLinks },
    {
      hosts: ['www.bilibili.com'],
      path: '/video/BV{id:alnum:10}',
      to: 'bilibili://video/BV{id}',
      ...appLinks,
    },
    { hosts: ['space.bilibili.com'], path: '/{mid:digits}', to: 'bilibili://space/{mid}', ...appLinks },
    { hosts: ['live.bilibili.com'], path: '/{room:digits}', to: 'bilibili://live/{room}', ...appLinks },
    {
      hosts: ['www.bilibili.com'],
      path: '/bangumi/play/ss{ss:digits}',
      to: 'bilibili://bangumi/season/{ss}',
      ...appLinks,
    },
    {
      hosts: ['www.bilibili.com'],
      path: '/opus/{id:digits}',
      to: 'bilibili://opus/detail/{id}',
      ...appLinks,
    },
    { hosts: ['t.bilibili.com'], path: '/{id:digits}', to: 'bilibili://following/detail/{id}', ...appLinks },
  ],
  canonical: [
    {
      hosts: ['b23.tv'],
      path: '/BV{id:alnum:10}/**',
      to: 'https://www.bilibili.com/video/BV{id}',
      ...shortLinks,
    },
    {
      hosts: ['b23.tv'],
      path: '/av{id:digits}/**',
      to: 'https://www.bilibili.com/video/av{id}',
      ...shortLinks,
    },
  ],
  sources: [
    b23,
    bvid.source,
    appLinks.source,
    'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/bilibili.com.ts',
  ],
  examples: [
    {
      input: '【浅梦-Dream的个人空间-哔哩哔哩】 https://b23.tv/hR6J1YF',
      url: 'https://b23.tv/hR6J1YF',
      title: '浅梦-Dream的个人空间',
    },
    {
      input: 'https://b23.tv/BV1GJ411x7h7',
      url: 'https://www.bilibili.com/video/BV1GJ411x7h7',
      appLink: 'bilibili://video/BV1GJ411x7h7',
    },
    {
      input: 'bilibili://video/170001',
      url: 'https://www.bilibili.com/video/av170001',
      appLink: 'bilibili://video/170001',
    },
    {
      input: '视频号 BV1GJ411x7h7 真不错',
      url: 'https://www.bilibili.com/video/BV1GJ411x7h7',
      appLink: 'bilibili://video/BV1GJ411x7h7',
    },
    {
      input:
        'https://game.bilibili.com/linkfilter/?url=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
      url: 'https://game.bilibili.com/linkfilter/?url=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
    },
    { input: 'BV号是B站的视频编号，例如 BV1234 这种写法就不完整', url: null },
    {
      input: 'https://www.bilibili.com/video/av170001',
      url: 'https://www.bilibili.com/video/av170001',
      appLink: 'bilibili://video/170001',
    },
    {
      input: 'https://www.bilibili.com/video/BV1GJ411x7h7',
      url: 'https://www.bilibili.com/video/BV1GJ411x7h7',
      appLink: 'bilibili://video/BV1GJ411x7h7',
    },
    {
      input: 'https://space.bilibili.com/2',
      url: 'https://space.bilibili.com/2',
      appLink: 'bilibili://space/2',
    },
    {
      input: 'https://live.bilibili.com/21452505',
      url: 'https://live.bilibili.com/21452505',
      appLink: 'bilibili://live/21452505',
    },
    {
      input: 'https://www.bilibili.com/bangumi/play/ss28747',
      url: 'https://www.bilibili.com/bangumi/play/ss28747',
      appLink: 'bilibili://bangumi/season/28747',
    },
    {
      input: 'https://www.bilibili.com/opus/981234567890123456',
      url: 'https://www.bilibili.com/opus/981234567890123456',
      appLink: 'bilibili://opus/detail/981234567890123456',
    },
    {
      input: 'https://t.bilibili.com/981234567890123456',
      url: 'https://t.bilibili.com/981234567890123456',
      appLink: 'bilibili://following/detail/981234567890123456',
    },
  ],
});
