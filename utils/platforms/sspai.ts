import { definePlatform } from './define-platform';

const research = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/sspai.com.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'sspai',
  names: { en: 'SSPAI', zh: '少数派' },
  domains: ['sspai.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['sspai.com'],
      path: '/link',
      query: { target: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    { input: 'https://sspai.com/link?target=https%3A%2F%2Ffe-mm.com', url: 'https://fe-mm.com/' },
    { input: 'https://sspai.com/link?target=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://sspai.com/link?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://sspai.com.evil.example/link?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://sspai.com.evil.example/link?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
