import { definePlatform } from './define-platform';

const peers = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/gitee.com.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'gitee',
  names: { en: 'Gitee', zh: 'Gitee' },
  domains: ['gitee.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['gitee.com'],
      path: '/link',
      query: { target: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  examples: [
    { input: 'https://gitee.com/link?target=https%3A%2F%2Ffe-mm.com', url: 'https://fe-mm.com/' },
    { input: 'https://gitee.com/link?target=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://gitee.com/link?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://gitee.com.evil.example/link?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://gitee.com.evil.example/link?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
