import { definePlatform } from './define-platform';

const app = {
  source: 'bluesky-social/social-app src/lib/strings/url-helpers.ts (createProxiedUrl)',
  verified: '2026-12-01',
} as const;

// No `domains`: a new top-level domain would widen the search for links written without a scheme.
export default definePlatform({
  id: 'bluesky',
  names: { en: 'Bluesky', zh: 'Bluesky' },
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['go.bsky.app'],
      path: '/redirect',
      query: { u: '{u:url}' },
      to: '{u}',
      ...app,
    },
  ],
  examples: [
    { input: 'https://go.bsky.app/redirect?u=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://go.bsky.app/redirect?u=javascript%3Aalert(1)', url: null },
    {
      input: 'https://go.bsky.app.evil.example/redirect?u=https%3A%2F%2Fgithub.com%2F',
      url: 'https://go.bsky.app.evil.example/redirect?u=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
