import { definePlatform } from './define-platform';

const research = {
  source: 'OldPanda/Open-the-F-king-URL-Right-Now userscript.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'skland',
  names: { en: 'Skland', zh: '森空岛' },
  domains: ['skland.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.skland.com'],
      path: '/third-link',
      query: { target: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input: 'https://www.skland.com/third-link?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://www.skland.com/third-link?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.skland.com.evil.example/third-link?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.skland.com.evil.example/third-link?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
