import { definePlatform } from './define-platform';

const source =
  'maomao1996/tampermonkey-scripts remove-redirect leetcode.cn.ts; OldPanda/Open-the-F-king-URL-Right-Now; MerielVaren/remove-link-redirects; Leon406 Free Read And Go userscript';

export default definePlatform({
  id: 'leetcode',
  names: { en: 'LeetCode', zh: '力扣' },
  domains: ['leetcode.cn', 'leetcode.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['leetcode.cn'],
      path: '/link/',
      query: { target: '{u:url}' },
      to: '{u}',
      source,
    },
  ],
  examples: [
    {
      input: 'https://leetcode.cn/link/?target=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
      url: 'https://github.com/maomao1996/tampermonkey-scripts',
    },
    { input: 'https://leetcode.cn/link/?target=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://leetcode.cn/link/?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://leetcode.cn.evil.example/link/?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://leetcode.cn.evil.example/link/?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
