import { definePlatform } from './define-platform';

const research = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/nodeseek.com.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'nodeseek',
  names: { en: 'NodeSeek', zh: 'NodeSeek' },
  domains: ['nodeseek.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.nodeseek.com'],
      path: '/jump',
      query: { to: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input: 'https://www.nodeseek.com/jump?to=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
      url: 'https://github.com/maomao1996/tampermonkey-scripts',
    },
    { input: 'https://www.nodeseek.com/jump?to=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://www.nodeseek.com/jump?to=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.nodeseek.com.evil.example/jump?to=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.nodeseek.com.evil.example/jump?to=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
