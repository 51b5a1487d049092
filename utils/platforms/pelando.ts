import { definePlatform } from './define-platform';

const research = {
  source: 'uBlockOrigin/uAssets filters/privacy.txt',
  verified: '2026-12-01',
} as const;

// No `domains`: a new top-level domain would widen the search for links written without a scheme.
export default definePlatform({
  id: 'pelando',
  names: { en: 'Pelando', zh: 'Pelando' },
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.pelando.com.br'],
      path: '/api/redirect',
      query: { url: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input: 'https://www.pelando.com.br/api/redirect?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://www.pelando.com.br/api/redirect?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.pelando.com.br.evil.example/api/redirect?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.pelando.com.br.evil.example/api/redirect?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
