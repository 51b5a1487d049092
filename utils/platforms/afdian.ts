import { definePlatform } from './define-platform';

const peers = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/afdian.com.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'afdian',
  names: { en: 'Afdian', zh: '爱发电' },
  domains: ['afdian.com', 'afdian.net'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['afdian.com', 'afdian.net'],
      path: '/link',
      query: { target: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  examples: [
    { input: 'https://afdian.com/link?target=https%3A%2F%2Ffe-mm.com', url: 'https://fe-mm.com/' },
    { input: 'https://afdian.com/link?target=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    {
      input: 'https://afdian.net/link?target=https%3A%2F%2Fdeveloper.mozilla.org%2F',
      url: 'https://developer.mozilla.org/',
    },
    { input: 'https://afdian.com/link?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://afdian.com.evil.example/link?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://afdian.com.evil.example/link?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
