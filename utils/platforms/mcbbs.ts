import { definePlatform } from './define-platform';

const research = {
  source: 'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'mcbbs',
  names: { en: 'MCBBS', zh: '我的世界中文论坛' },
  domains: ['mcbbs.net'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.mcbbs.net'],
      path: '/plugin.php',
      query: { id: 'link_redirect', target: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input: 'https://www.mcbbs.net/plugin.php?id=link_redirect&target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://www.mcbbs.net/plugin.php?id=link_redirect&target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.mcbbs.net/plugin.php?id=other&target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.mcbbs.net/plugin.php?id=other&target=https%3A%2F%2Fgithub.com%2F',
    },
    {
      input:
        'https://www.mcbbs.net.evil.example/plugin.php?id=link_redirect&target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.mcbbs.net.evil.example/plugin.php?id=link_redirect&target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
