import { definePlatform } from './define-platform';

const research = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; ClearURLs/Rules data.min.json; MerielVaren/remove-link-redirects remove-link-redirects.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'pocket',
  names: { en: 'Pocket', zh: 'Pocket' },
  domains: ['getpocket.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['getpocket.com'],
      path: '/redirect',
      query: { url: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input: 'https://getpocket.com/redirect?url=https%3A%2F%2Fgithub.com%2F&formCheck=abc',
      url: 'https://github.com/',
    },
    { input: 'https://getpocket.com/redirect?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://getpocket.com.evil.example/redirect?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://getpocket.com.evil.example/redirect?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
