import { definePlatform } from './define-platform';

const research = {
  source: 'ClearURLs/Rules data.min.json',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'rutracker',
  names: { en: 'RuTracker', zh: 'RuTracker' },
  domains: ['rutracker.org'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['rutracker.org'],
      path: '/forum/out.php',
      query: { url: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input: 'https://rutracker.org/forum/out.php?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://rutracker.org/forum/out.php?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://rutracker.org.evil.example/forum/out.php?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://rutracker.org.evil.example/forum/out.php?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
