import { definePlatform } from './define-platform';

const research = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/yuque.com.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; oneNorth7/LinkHelper 链接助手.user.js; Leon406/jsdelivr js/tampermonkey/freeGo.user.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'yuque',
  names: { en: 'Yuque', zh: '语雀' },
  domains: ['yuque.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['yuque.com', '*.yuque.com'],
      path: '/r/goto',
      query: { url: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    { input: 'https://www.yuque.com/r/goto?url=https%3A%2F%2Ffe-mm.com', url: 'https://fe-mm.com/' },
    { input: 'https://yuque.com/r/goto?url=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    {
      input: 'https://example-team.yuque.com/r/goto?url=https%3A%2F%2Fdeveloper.mozilla.org%2F',
      url: 'https://developer.mozilla.org/',
    },
    { input: 'https://yuque.com/r/goto?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://yuque.com.evil.example/r/goto?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://yuque.com.evil.example/r/goto?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
