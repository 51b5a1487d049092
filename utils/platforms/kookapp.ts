import { definePlatform } from './define-platform';

const peers = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; YisRime/TamperMonkeyScript RedirectAll.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'kookapp',
  names: { en: 'KOOK', zh: 'KOOK' },
  domains: ['kookapp.cn'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.kookapp.cn'],
      path: '/go-wild.html',
      query: { url: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  examples: [
    {
      input: 'https://www.kookapp.cn/go-wild.html?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://www.kookapp.cn/go-wild.html?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.kookapp.cn.evil.example/go-wild.html?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.kookapp.cn.evil.example/go-wild.html?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
