import { definePlatform } from './define-platform';

const research = {
  source: 'oneNorth7/LinkHelper 链接助手.user.js (to.redircdn.com: a.bglink)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'redircdn',
  names: { en: 'redircdn', zh: 'redircdn 跳转' },
  domains: ['redircdn.com'],
  pageInterstitials: [
    {
      hosts: ['to.redircdn.com'],
      path: '/',
      selectors: ['a.bglink'],
      ...research,
    },
  ],
  sources: [research.source],
  examples: [{ input: 'https://to.redircdn.com/?abc123', url: 'https://to.redircdn.com/?abc123' }],
});
