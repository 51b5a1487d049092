import { definePlatform } from './define-platform';

const peers = {
  source:
    'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/gitcode.com.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; YisRime/TamperMonkeyScript RedirectAll.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'gitcode',
  names: { en: 'GitCode', zh: 'GitCode' },
  domains: ['gitcode.com'],
  windowOpenHosts: ['gitcode.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['link.gitcode.com'],
      path: '/',
      query: { target: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  examples: [
    {
      input: 'https://link.gitcode.com/?target=https%3A%2F%2Fnotes.fe-mm.com',
      url: 'https://notes.fe-mm.com/',
    },
    { input: 'https://link.gitcode.com/?target=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://link.gitcode.com/?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://link.gitcode.com.evil.example/?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://link.gitcode.com.evil.example/?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
