import { definePlatform } from './define-platform';

const peers = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/infoq.cn.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'infoq',
  names: { en: 'InfoQ', zh: 'InfoQ' },
  domains: ['infoq.cn'],
  windowOpenHosts: ['www.infoq.cn', 'xie.infoq.cn'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.infoq.cn', 'xie.infoq.cn'],
      path: '/link',
      query: { target: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  examples: [
    {
      input: 'https://xie.infoq.cn/link?target=https%3A%2F%2Fnodejs.dev%2Fen%2Fabout%2Freleases%2F',
      url: 'https://nodejs.dev/en/about/releases/',
    },
    { input: 'https://www.infoq.cn/link?target=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://www.infoq.cn/link?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.infoq.cn.evil.example/link?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.infoq.cn.evil.example/link?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
