import { definePlatform } from './define-platform';

const research = {
  source: 'PRO-2684/pURLfy-rules outgoing.json',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'minecraftforum',
  names: { en: 'Minecraft Forum', zh: 'Minecraft Forum' },
  domains: ['minecraftforum.net'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.minecraftforum.net'],
      path: '/linkout',
      query: { remoteUrl: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input:
        'https://www.minecraftforum.net/linkout?remoteUrl=https%253a%252f%252fdeveloper.mozilla.org%252f',
      url: 'https://developer.mozilla.org/',
    },
    {
      input: 'https://www.minecraftforum.net/linkout?remoteUrl=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://www.minecraftforum.net/linkout?remoteUrl=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.minecraftforum.net.evil.example/linkout?remoteUrl=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.minecraftforum.net.evil.example/linkout?remoteUrl=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
