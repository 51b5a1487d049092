import { definePlatform } from './define-platform';

const safetyGo = {
  source: 'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js',
  verified: '2026-12-01',
} as const;
const redirRedirect = {
  source: 'Leon406/jsdelivr js/tampermonkey/freeGo.user.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'linkedin',
  names: { en: 'LinkedIn', zh: '领英' },
  domains: ['linkedin.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.linkedin.com'],
      path: '/safety/go',
      query: { url: '{u:url}' },
      to: '{u}',
      ...safetyGo,
    },
    {
      kind: 'interstitial',
      hosts: ['www.linkedin.com'],
      path: '/redir/redirect',
      query: { url: '{u:url}' },
      to: '{u}',
      ...redirRedirect,
    },
  ],
  examples: [
    {
      input: 'https://www.linkedin.com/safety/go?url=https%3A%2F%2Fgithub.com%2F&trk=flagship-messaging-web',
      url: 'https://github.com/',
    },
    {
      input:
        'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fdeveloper.mozilla.org%2F&urlhash=abcd',
      url: 'https://developer.mozilla.org/',
    },
    { input: 'https://www.linkedin.com/safety/go?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.linkedin.com.evil.example/safety/go?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.linkedin.com.evil.example/safety/go?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
