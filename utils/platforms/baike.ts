import { definePlatform } from './define-platform';

const peers = {
  source: 'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'baike',
  names: { en: 'Baike.com', zh: '快懂百科' },
  domains: ['baike.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.baike.com'],
      path: '/redirect_link',
      query: { url: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  examples: [
    {
      input: 'https://www.baike.com/redirect_link?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://www.baike.com/redirect_link?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.baike.com.evil.example/redirect_link?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.baike.com.evil.example/redirect_link?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
