import { definePlatform } from './define-platform';

const research = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/ld246.com.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'ld246',
  names: { en: 'LD246', zh: '链滴' },
  domains: ['ld246.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['ld246.com', 'link.ld246.com'],
      path: '/forward',
      query: { goto: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input: 'https://ld246.com/forward?goto=https%3A%2F%2Fgithub.com%2FYimien%2Fplugin-memos-sync',
      url: 'https://github.com/Yimien/plugin-memos-sync',
    },
    { input: 'https://ld246.com/forward?goto=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    {
      input: 'https://link.ld246.com/forward?goto=https%3A%2F%2Fdeveloper.mozilla.org%2F',
      url: 'https://developer.mozilla.org/',
    },
    { input: 'https://ld246.com/forward?goto=javascript%3Aalert(1)', url: null },
    {
      input: 'https://ld246.com.evil.example/forward?goto=https%3A%2F%2Fgithub.com%2F',
      url: 'https://ld246.com.evil.example/forward?goto=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
