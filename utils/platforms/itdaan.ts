import { definePlatform } from './define-platform';

const source =
  'oneNorth7/LinkHelper 链接助手.user.js (www.itdaan.com/link/: a.c-footer-a1); oneNorth7/LinkHelper README.md';

export default definePlatform({
  id: 'itdaan',
  names: { en: 'ITdaan', zh: 'IT屋' },
  domains: ['itdaan.com'],
  pageInterstitials: [
    {
      hosts: ['www.itdaan.com'],
      path: '/link/{id:word}',
      selectors: ['a.c-footer-a1'],
      source,
      verified: '2026-12-01',
    },
  ],
  sources: [source],
  examples: [{ input: 'https://www.itdaan.com/link/abc123', url: 'https://www.itdaan.com/link/abc123' }],
});
