import { definePlatform } from './define-platform';

const research = {
  source: 'uBlockOrigin/uAssets filters/privacy.txt; https://github.com/uBlockOrigin/uAssets/issues/25925',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'wattpad',
  names: { en: 'Wattpad', zh: 'Wattpad' },
  domains: ['wattpad.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.wattpad.com'],
      path: '/et',
      query: { l: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    { input: 'https://www.wattpad.com/et?c=1&l=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://www.wattpad.com/et?c=1&l=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.wattpad.com.evil.example/et?c=1&l=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.wattpad.com.evil.example/et?c=1&l=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
