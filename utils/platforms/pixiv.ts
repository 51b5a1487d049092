import { definePlatform } from './define-platform';

const research = {
  source:
    'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/pixiv.net.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'pixiv',
  names: { en: 'pixiv', zh: 'pixiv' },
  domains: ['pixiv.net'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.pixiv.net'],
      path: '/jump.php',
      query: { url: '{u:url}' },
      to: '{u}',
      ...research,
    },
    {
      kind: 'interstitial',
      hosts: ['www.pixiv.net'],
      path: '/jump.php',
      rawQuery: '{u:url}',
      to: '{u}',
      note: 'The bare first query key is the target.',
      ...research,
    },
  ],
  examples: [
    { input: 'https://www.pixiv.net/jump.php?https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    {
      input: 'https://www.pixiv.net/jump.php?url=https%3A%2F%2Fdeveloper.mozilla.org%2F',
      url: 'https://developer.mozilla.org/',
    },
    { input: 'https://www.pixiv.net/jump.php?javascript%3Aalert(1)', url: null },
    { input: 'https://www.pixiv.net/jump.php?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.pixiv.net.evil.example/jump.php?https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.pixiv.net.evil.example/jump.php?https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
