import { definePlatform } from './define-platform';

const research = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/oschina.net.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'oschina',
  names: { en: 'OSCHINA', zh: '开源中国' },
  domains: ['oschina.net'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.oschina.net'],
      path: '/action/GoToLink',
      query: { url: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input: 'https://www.oschina.net/action/GoToLink?url=https%3A%2F%2Ffe-mm.com',
      url: 'https://fe-mm.com/',
    },
    {
      input: 'https://www.oschina.net/action/GoToLink?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://www.oschina.net/action/GoToLink?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.oschina.net.evil.example/action/GoToLink?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.oschina.net.evil.example/action/GoToLink?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
