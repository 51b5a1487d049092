import { definePlatform } from './define-platform';

const peers = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; YisRime/TamperMonkeyScript RedirectAll.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'doc360',
  names: { en: '360doc', zh: '360个人图书馆' },
  domains: ['360doc.com', '360doc.cn'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.360doc.cn'],
      path: '/outlink.html',
      query: { url: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  examples: [
    {
      input: 'http://www.360doc.cn/outlink.html?url=https%3A%2F%2Fdeveloper.mozilla.org%2F',
      url: 'https://developer.mozilla.org/',
    },
    {
      input: 'https://www.360doc.cn/outlink.html?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://www.360doc.cn/outlink.html?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.360doc.cn.evil.example/outlink.html?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.360doc.cn.evil.example/outlink.html?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
