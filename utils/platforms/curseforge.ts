import { definePlatform } from './define-platform';

const peers = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; ClearURLs/Rules data.min.json',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'curseforge',
  names: { en: 'CurseForge', zh: 'CurseForge' },
  domains: ['curseforge.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.curseforge.com'],
      path: '/linkout',
      query: { remoteUrl: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  examples: [
    {
      input:
        'https://www.curseforge.com/linkout?remoteUrl=https%253a%252f%252fgithub.com%252fsp614x%252foptifine',
      url: 'https://github.com/sp614x/optifine',
    },
    {
      input: 'https://www.curseforge.com/linkout?remoteUrl=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://www.curseforge.com/linkout?remoteUrl=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.curseforge.com.evil.example/linkout?remoteUrl=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.curseforge.com.evil.example/linkout?remoteUrl=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
