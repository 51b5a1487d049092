import { definePlatform } from './define-platform';

const gray = {
  source:
    'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/shimo.im.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js',
  verified: '2026-12-01',
} as const;
const black = {
  source: 'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'shimo',
  names: { en: 'Shimo Docs', zh: '石墨文档' },
  domains: ['shimo.im'],
  windowOpenHosts: ['shimo.im'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['shimo.im'],
      path: '/outlink/gray',
      query: { url: '{u:url}' },
      to: '{u}',
      ...gray,
    },
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['shimo.im'],
      path: '/outlink/black',
      query: { url: '{u:url}' },
      to: '{u}',
      note: 'gray is the notice for unrated links, black the page for blacklisted ones.',
      ...black,
    },
  ],
  examples: [
    {
      input: 'https://shimo.im/outlink/gray?url=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
      url: 'https://github.com/maomao1996/tampermonkey-scripts',
    },
    {
      input: 'https://shimo.im/outlink/black?url=https%3A%2F%2Fdeveloper.mozilla.org%2F',
      url: 'https://shimo.im/outlink/black?url=https%3A%2F%2Fdeveloper.mozilla.org%2F',
    },
    { input: 'https://shimo.im/outlink/gray?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://shimo.im.evil.example/outlink/gray?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://shimo.im.evil.example/outlink/gray?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
