import { definePlatform } from './define-platform';

const wrapper = { source: 'PRO-2684/pURLfy-rules outgoing.json', verified: '2026-12-01' } as const;
const mdurl = {
  source:
    'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/so.com.ts (a[data-mdurl]); MerielVaren/remove-link-redirects remove-link-redirects.js (data-mdurl)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'so360',
  names: { en: '360 Search', zh: '360搜索' },
  domains: ['so.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.so.com', 'so.com'],
      path: '/link',
      query: { url: '{u:url}' },
      to: '{u}',
      ...wrapper,
    },
  ],
  pageTargets: [
    {
      // Result links whose `url` parameter is missing carry the target in `data-mdurl`.
      pages: ['so.com'],
      hosts: ['www.so.com', 'so.com'],
      path: '/link',
      from: [{ attribute: 'data-mdurl' }],
      ...mdurl,
    },
  ],
  examples: [
    {
      input:
        'https://www.so.com/link?m=bqXvTq4aHzV&url=https%3A%2F%2Fdeveloper.mozilla.org%2Fen-US%2Fdocs%2FWeb',
      url: 'https://developer.mozilla.org/en-US/docs/Web',
    },
    { input: 'https://www.so.com/link?url=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://so.com/link?url=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://www.so.com/link?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.so.com.evil.example/link?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.so.com.evil.example/link?url=https%3A%2F%2Fgithub.com%2F',
    },
    {
      input: 'https://www.so.com/link?m=bqXvTq4aHzV',
      page: { host: 'www.so.com', read: 'https://developer.mozilla.org/' },
      url: 'https://developer.mozilla.org/',
    },
    {
      input: 'https://www.so.com/link?m=bqXvTq4aHzV',
      page: { host: 'www.so.com', read: 'javascript:alert(1)' },
      url: null,
    },
  ],
});
