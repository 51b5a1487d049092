import { definePlatform } from './define-platform';

const peers = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; YisRime/TamperMonkeyScript RedirectAll.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'chinaz',
  names: { en: 'Chinaz', zh: '站长之家' },
  domains: ['chinaz.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.chinaz.com'],
      path: '/go.shtml',
      query: { url: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  examples: [
    { input: 'https://www.chinaz.com/go.shtml?url=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://www.chinaz.com/go.shtml?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.chinaz.com.evil.example/go.shtml?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.chinaz.com.evil.example/go.shtml?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
