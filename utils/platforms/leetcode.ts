import { definePlatform } from './define-platform';

const research = {
  source:
    'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/leetcode.cn.ts; MerielVaren/remove-link-redirects remove-link-redirects.js; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; Leon406/jsdelivr js/tampermonkey/freeGo.user.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'leetcode',
  names: { en: 'LeetCode', zh: '力扣' },
  domains: ['leetcode.cn', 'leetcode.com'],
  // `/link?target=` without the slash too, on both hosts: MerielVaren/remove-link-redirects.
  wrappers: ['/link/', '/link'].flatMap((path) => [
    // A target written unencoded (`target=https://…?a=1&b=2`) is taken whole, `&` and all: the
    // parameter reader would cut it at its first `&`.
    ...['https', 'http'].map((scheme) => ({
      kind: 'interstitial' as const,
      hosts: ['leetcode.cn', 'leetcode.com'],
      path,
      rawQuery: `target=${scheme}://{u:rest}`,
      to: `${scheme}://{u}`,
      ...research,
    })),
    {
      kind: 'interstitial' as const,
      hosts: ['leetcode.cn', 'leetcode.com'],
      path,
      query: { target: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ]),
  examples: [
    {
      input: 'https://leetcode.cn/link/?target=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
      url: 'https://github.com/maomao1996/tampermonkey-scripts',
    },
    { input: 'https://leetcode.cn/link/?target=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    {
      input: 'https://leetcode.com/link?target=https%3A%2F%2Fdeveloper.mozilla.org%2Fen-US%2F',
      url: 'https://developer.mozilla.org/en-US/',
    },
    {
      input: 'https://leetcode.cn/link/?target=https://github.com/search?q=a&type=code',
      url: 'https://github.com/search?q=a&type=code',
    },
    { input: 'https://leetcode.cn/link/?target=javascript%3Aalert(1)', url: null },
    { input: 'https://leetcode.cn/link/?target=https://javascript:alert(1)', url: null },
    {
      input: 'https://leetcode.cn/links?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://leetcode.cn/links?target=https%3A%2F%2Fgithub.com%2F',
    },
    {
      input: 'https://leetcode.cn.evil.example/link/?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://leetcode.cn.evil.example/link/?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
