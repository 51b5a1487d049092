import { definePlatform } from './define-platform';

const source =
  'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts remove-redirect douban.com.ts; OldPanda/Open-the-F-king-URL-Right-Now; MerielVaren/remove-link-redirects; axetroy/anti-redirect www.douban.com.ts; oneNorth7/LinkHelper';

export default definePlatform({
  id: 'douban',
  names: { en: 'Douban', zh: '豆瓣' },
  domains: ['douban.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.douban.com'],
      path: '/link2/',
      query: { url: '{u:url}' },
      to: '{u}',
      note: 'link2key follows the target; it is a separate parameter, not part of it.',
      source,
    },
  ],
  examples: [
    {
      input:
        'https://www.douban.com/link2/?url=https%3A%2F%2Fmp.weixin.qq.com%2Fs%2FRN82odj1nVJL6zTm42lV5g&link2key=63d54dbb3c',
      url: 'https://mp.weixin.qq.com/s/RN82odj1nVJL6zTm42lV5g',
    },
    {
      input: 'https://www.douban.com/link2/?url=https%3A%2F%2Fdeveloper.mozilla.org%2F&link2key=63d54dbb3c',
      url: 'https://developer.mozilla.org/',
    },
    { input: 'https://www.douban.com/link2/?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.douban.com.evil.example/link2/?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.douban.com.evil.example/link2/?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
