import { definePlatform } from './define-platform';

const hd = {
  source:
    'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/nowcoder.com.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; Leon406/jsdelivr js/tampermonkey/freeGo.user.js',
  verified: '2026-12-01',
} as const;
const gateway = {
  source: 'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/nowcoder.com.ts',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'nowcoder',
  names: { en: 'Nowcoder', zh: '牛客' },
  domains: ['nowcoder.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['hd.nowcoder.com'],
      path: '/link.html',
      query: { target: '{u:url}' },
      to: '{u}',
      ...hd,
    },
    {
      kind: 'wrapper',
      hosts: ['gw-c.nowcoder.com'],
      path: '/api/sparta/jump/link',
      query: { link: '{u:url}' },
      to: '{u}',
      ...gateway,
    },
  ],
  examples: [
    { input: 'https://hd.nowcoder.com/link.html?target=https%3A%2F%2Ffe-mm.com', url: 'https://fe-mm.com/' },
    {
      input: 'https://gw-c.nowcoder.com/api/sparta/jump/link?link=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://hd.nowcoder.com/link.html?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://hd.nowcoder.com.evil.example/link.html?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://hd.nowcoder.com.evil.example/link.html?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
