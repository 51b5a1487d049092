import { definePlatform } from './define-platform';

const research = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; oneNorth7/LinkHelper 链接助手.user.js; Leon406/jsdelivr js/tampermonkey/freeGo.user.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'tianyancha',
  names: { en: 'Tianyancha', zh: '天眼查' },
  domains: ['tianyancha.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.tianyancha.com'],
      path: '/security',
      query: { target: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input: 'https://www.tianyancha.com/security?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://www.tianyancha.com/security?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.tianyancha.com.evil.example/security?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.tianyancha.com.evil.example/security?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
