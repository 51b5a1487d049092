import { definePlatform } from './define-platform';

const research = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; Leon406/jsdelivr js/tampermonkey/freeGo.user.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'telegram',
  names: { en: 'Telegram', zh: 'Telegram' },
  domains: ['telegram.org', 't.me'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['t.me'],
      path: '/iv',
      query: { url: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input:
        'https://t.me/iv?url=https%3A%2F%2Fdeveloper.mozilla.org%2Fen-US%2Fdocs%2FWeb&rhash=a1b2c3d4e5f6',
      url: 'https://developer.mozilla.org/en-US/docs/Web',
    },
    { input: 'https://t.me/iv?url=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://t.me/iv?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://t.me.evil.example/iv?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://t.me.evil.example/iv?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
