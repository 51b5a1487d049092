import { definePlatform } from './define-platform';

const peers = {
  source: 'OldPanda/Open-the-F-king-URL-Right-Now userscript.js; YisRime/TamperMonkeyScript RedirectAll.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'hellogithub',
  names: { en: 'HelloGitHub', zh: 'HelloGitHub' },
  domains: ['hellogithub.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['hellogithub.com'],
      path: '/periodical/statistics/click',
      query: { target: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  examples: [
    {
      input: 'https://hellogithub.com/periodical/statistics/click?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://hellogithub.com/periodical/statistics/click?target=javascript%3Aalert(1)', url: null },
    {
      input:
        'https://hellogithub.com.evil.example/periodical/statistics/click?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://hellogithub.com.evil.example/periodical/statistics/click?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
