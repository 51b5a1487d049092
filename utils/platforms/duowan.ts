import { definePlatform } from './define-platform';

const source = 'OldPanda/Open-the-F-king-URL-Right-Now';

export default definePlatform({
  id: 'duowan',
  names: { en: 'Duowan', zh: '多玩' },
  domains: ['duowan.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['redir.yy.duowan.com'],
      path: '/warning.php',
      query: { url: '{u:url}' },
      to: '{u}',
      source,
    },
  ],
  examples: [
    {
      input: 'http://redir.yy.duowan.com/warning.php?url=https%3A%2F%2Fdeveloper.mozilla.org%2F',
      url: 'https://developer.mozilla.org/',
    },
    {
      input: 'https://redir.yy.duowan.com/warning.php?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://redir.yy.duowan.com/warning.php?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://redir.yy.duowan.com.evil.example/warning.php?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://redir.yy.duowan.com.evil.example/warning.php?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
