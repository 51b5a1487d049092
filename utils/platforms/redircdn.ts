import { definePlatform } from './define-platform';

const source = 'oneNorth7/LinkHelper (to.redircdn.com: a.bglink)';

export default definePlatform({
  id: 'redircdn',
  names: { en: 'redircdn', zh: 'redircdn 跳转' },
  domains: ['redircdn.com'],
  pageInterstitials: [
    {
      hosts: ['to.redircdn.com'],
      path: '/',
      selectors: ['a.bglink'],
      source,
    },
  ],
  sources: [source],
  examples: [{ input: 'https://to.redircdn.com/?abc123', url: 'https://to.redircdn.com/?abc123' }],
});
