import { definePlatform } from './define-platform';

const research = {
  source: 'ClearURLs/Rules data.min.json; bjornstar/intercept-redirect webextension/index.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'vk',
  names: { en: 'VK', zh: 'VK' },
  domains: ['vk.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['vk.com'],
      path: '/away.php',
      query: { to: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    { input: 'https://vk.com/away.php?to=https%3A%2F%2Fwww.google.com', url: 'https://www.google.com/' },
    { input: 'https://vk.com/away.php?to=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://vk.com/away.php?to=javascript%3Aalert(1)', url: null },
    {
      input: 'https://vk.com.evil.example/away.php?to=https%3A%2F%2Fgithub.com%2F',
      url: 'https://vk.com.evil.example/away.php?to=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
