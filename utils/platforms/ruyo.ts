import { definePlatform } from './define-platform';

const research = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; MerielVaren/remove-link-redirects remove-link-redirects.js; Leon406/jsdelivr js/tampermonkey/freeGo.user.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'ruyo',
  names: { en: 'Ruyo', zh: '如有乐享' },
  domains: ['ruyo.net'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['51.ruyo.net'],
      path: '/go/index.html',
      query: { u: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    { input: 'https://51.ruyo.net/go/index.html?u=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://51.ruyo.net/go/index.html?u=javascript%3Aalert(1)', url: null },
    {
      input: 'https://51.ruyo.net.evil.example/go/index.html?u=https%3A%2F%2Fgithub.com%2F',
      url: 'https://51.ruyo.net.evil.example/go/index.html?u=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
