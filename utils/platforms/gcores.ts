import { definePlatform } from './define-platform';

const peers = {
  source: 'OldPanda/Open-the-F-king-URL-Right-Now userscript.js; YisRime/TamperMonkeyScript RedirectAll.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'gcores',
  names: { en: 'Gcores', zh: '机核' },
  domains: ['gcores.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.gcores.com'],
      path: '/link',
      query: { target: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  examples: [
    { input: 'https://www.gcores.com/link?target=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://www.gcores.com/link?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.gcores.com.evil.example/link?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.gcores.com.evil.example/link?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
