import { definePlatform } from './define-platform';

const research = {
  source: 'uBlockOrigin/uAssets filters/privacy.txt',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'onual',
  names: { en: 'Onual', zh: 'Onual' },
  domains: ['onual.com', 'zxro.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['zxro.com'],
      path: '/u/',
      query: { url: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    { input: 'https://zxro.com/u/?url=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://zxro.com/u/?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://zxro.com.evil.example/u/?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://zxro.com.evil.example/u/?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
