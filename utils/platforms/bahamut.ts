import { definePlatform } from './define-platform';

const peers = {
  source: 'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'bahamut',
  names: { en: 'Bahamut', zh: '巴哈姆特' },
  domains: ['gamer.com.tw'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['ref.gamer.com.tw'],
      path: '/redir.php',
      query: { url: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  examples: [
    {
      input: 'https://ref.gamer.com.tw/redir.php?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://ref.gamer.com.tw/redir.php?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://ref.gamer.com.tw.evil.example/redir.php?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://ref.gamer.com.tw.evil.example/redir.php?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
