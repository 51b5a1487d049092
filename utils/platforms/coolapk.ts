import { definePlatform } from './define-platform';

const peers = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/coolapk.com.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'coolapk',
  names: { en: 'Coolapk', zh: '酷安' },
  domains: ['coolapk.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.coolapk.com'],
      path: '/link',
      rawQuery: 'url=https://{u:rest}',
      to: 'https://{u}',
      note: 'The target is often written unencoded, so everything after url= belongs to it.',
      ...peers,
    },
    {
      kind: 'interstitial',
      hosts: ['www.coolapk.com'],
      path: '/link',
      rawQuery: 'url=http://{u:rest}',
      to: 'http://{u}',
      ...peers,
    },
    {
      kind: 'interstitial',
      hosts: ['www.coolapk.com'],
      path: '/link',
      query: { url: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  examples: [
    { input: 'https://www.coolapk.com/link?url=https://www.lanzou.com', url: 'https://www.lanzou.com/' },
    {
      input: 'https://www.coolapk.com/link?url=https://github.com/search?q=unwall&type=repositories',
      url: 'https://github.com/search?q=unwall&type=repositories',
    },
    { input: 'https://www.coolapk.com/link?url=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://www.coolapk.com/link?url=javascript:alert(1)', url: null },
    {
      input: 'https://www.coolapk.com.evil.example/link?url=https://github.com/',
      url: 'https://www.coolapk.com.evil.example/link?url=https://github.com/',
    },
  ],
});
