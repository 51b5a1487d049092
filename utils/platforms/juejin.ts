import { definePlatform } from './define-platform';

const peers = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/juejin.cn.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js (link.juejin.im too)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'juejin',
  names: { en: 'Juejin', zh: '掘金' },
  domains: ['juejin.cn', 'juejin.im'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['link.juejin.cn', 'link.juejin.im'],
      path: '/',
      query: { target: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  examples: [
    { input: 'https://link.juejin.cn/?target=https%3A%2F%2Ffe-mm.com', url: 'https://fe-mm.com/' },
    { input: 'https://link.juejin.cn/?target=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    {
      input: 'https://link.juejin.im/?target=https%3A%2F%2Fdeveloper.mozilla.org%2F',
      url: 'https://developer.mozilla.org/',
    },
    { input: 'https://link.juejin.cn/?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://link.juejin.cn.evil.example/?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://link.juejin.cn.evil.example/?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
