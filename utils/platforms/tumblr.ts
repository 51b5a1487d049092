import { definePlatform } from './define-platform';

const research = {
  source: 'bjornstar/intercept-redirect webextension/index.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'tumblr',
  names: { en: 'Tumblr', zh: '汤博乐' },
  domains: ['tumblr.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['t.umblr.com'],
      path: '/redirect',
      query: { z: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    { input: 'https://t.umblr.com/redirect?z=https%3A%2F%2Fgithub.com%2F&t=abc', url: 'https://github.com/' },
    { input: 'https://t.umblr.com/redirect?z=javascript%3Aalert(1)', url: null },
    {
      input: 'https://t.umblr.com.evil.example/redirect?z=https%3A%2F%2Fgithub.com%2F',
      url: 'https://t.umblr.com.evil.example/redirect?z=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
