import { definePlatform } from './define-platform';

const research = { source: 'uBlockOrigin/uAssets filters/privacy.txt', verified: '2026-12-01' } as const;

export default definePlatform({
  id: 'mcpedl',
  names: { en: 'MCPEDL', zh: 'MCPEDL' },
  domains: ['mcpedl.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['mcpedl.com'],
      path: '/leaving/',
      query: { url: '{u:url}' },
      to: '{u}',
      note: 'The "you are leaving MCPEDL" page.',
      ...research,
    },
  ],
  examples: [
    { input: 'https://mcpedl.com/leaving/?url=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://mcpedl.com/leaving/?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://mcpedl.com.evil.example/leaving/?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://mcpedl.com.evil.example/leaving/?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
