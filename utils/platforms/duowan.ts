import { definePlatform } from './define-platform';

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
      note: 'The page is named warning.php and no public account says it is a plain notice, so it is a warning, not a leave notice.',
      source:
        'OldPanda/Open-the-F-king-URL-Right-Now userscript.js; YisRime/TamperMonkeyScript RedirectAll.js',
      verified: '2026-12-01',
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
