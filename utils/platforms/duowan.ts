import { definePlatform } from './define-platform';

const source = 'OldPanda/Open-the-F-king-URL-Right-Now';

export default definePlatform({
  id: 'duowan',
  names: { en: 'Duowan', zh: '多玩' },
  domains: ['duowan.com'],
  wrappers: [
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['redir.yy.duowan.com'],
      path: '/warning.php',
      query: { url: '{u:url}' },
      to: '{u}',
      note: 'The page is named warning.php and no public account says it is a plain notice.',
      source: `${source}; Unwall review, issue 4: warning and block pages are not leave notices`,
    },
  ],
  examples: [
    {
      input: 'http://redir.yy.duowan.com/warning.php?url=https%3A%2F%2Fdeveloper.mozilla.org%2F',
      url: 'https://redir.yy.duowan.com/warning.php?url=https%3A%2F%2Fdeveloper.mozilla.org%2F',
    },
    {
      input: 'https://redir.yy.duowan.com/warning.php?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://redir.yy.duowan.com/warning.php?url=https%3A%2F%2Fgithub.com%2F',
    },
    {
      input: 'https://redir.yy.duowan.com/warning.php?url=javascript%3Aalert(1)',
      url: 'https://redir.yy.duowan.com/warning.php?url=javascript%3Aalert(1)',
    },
    {
      input: 'https://redir.yy.duowan.com.evil.example/warning.php?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://redir.yy.duowan.com.evil.example/warning.php?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
