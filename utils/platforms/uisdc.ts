import { definePlatform } from './define-platform';

const research = {
  source: 'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'uisdc',
  names: { en: 'UISDC', zh: '优设网' },
  domains: ['uisdc.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['link.uisdc.com'],
      path: '/',
      query: { redirect: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    { input: 'https://link.uisdc.com/?redirect=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://link.uisdc.com/?redirect=javascript%3Aalert(1)', url: null },
    {
      input: 'https://link.uisdc.com.evil.example/?redirect=https%3A%2F%2Fgithub.com%2F',
      url: 'https://link.uisdc.com.evil.example/?redirect=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
