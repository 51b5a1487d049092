import { definePlatform } from './define-platform';

const peers = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/51cto.com.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'cto51',
  names: { en: '51CTO', zh: '51CTO' },
  domains: ['51cto.com'],
  windowOpenHosts: ['blog.51cto.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['blog.51cto.com'],
      path: '/transfer',
      rawQuery: '{u:url}',
      to: '{u}',
      note: 'The whole query string is the target, often unencoded.',
      ...peers,
    },
  ],
  examples: [
    { input: 'https://blog.51cto.com/transfer?https://example.com/', url: 'https://example.com/' },
    {
      input: 'https://blog.51cto.com/transfer?https://github.com/search?q=unwall&type=code',
      url: 'https://github.com/search?q=unwall&type=code',
    },
    { input: 'https://blog.51cto.com/transfer?https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://blog.51cto.com/transfer?javascript:alert(1)', url: null },
    {
      input: 'https://blog.51cto.com.evil.example/transfer?https://github.com/',
      url: 'https://blog.51cto.com.evil.example/transfer?https://github.com/',
    },
  ],
});
