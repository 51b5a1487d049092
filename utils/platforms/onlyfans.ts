import { definePlatform } from './define-platform';

const research = { source: 'uBlockOrigin/uAssets filters/privacy.txt', verified: '2026-12-01' } as const;

export default definePlatform({
  id: 'onlyfans',
  names: { en: 'OnlyFans', zh: 'OnlyFans' },
  domains: ['onlyfans.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['onlyfans.com'],
      path: '/away',
      query: { url: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    { input: 'https://onlyfans.com/away?url=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://onlyfans.com/away?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://onlyfans.com.evil.example/away?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://onlyfans.com.evil.example/away?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
