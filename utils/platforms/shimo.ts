import { definePlatform } from './define-platform';

const source =
  'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts remove-redirect shimo.im.ts; OldPanda/Open-the-F-king-URL-Right-Now';

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
      source,
    },
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['shimo.im'],
      path: '/outlink/black',
      query: { url: '{u:url}' },
      to: '{u}',
      note: 'gray is the notice for unrated links, black the page for blacklisted ones.',
      source: `${source}; Unwall review, issue 4: warning and block pages are not leave notices`,
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
