import { definePlatform } from './define-platform';

const research = {
  source: 'uBlockOrigin/uAssets filters/privacy.txt',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'metager',
  names: { en: 'MetaGer', zh: 'MetaGer' },
  domains: ['metager.org'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['metager.org'],
      path: '/partner/r',
      query: { link: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    { input: 'https://metager.org/partner/r?link=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://metager.org/partner/r?link=javascript%3Aalert(1)', url: null },
    {
      input: 'https://metager.org.evil.example/partner/r?link=https%3A%2F%2Fgithub.com%2F',
      url: 'https://metager.org.evil.example/partner/r?link=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
