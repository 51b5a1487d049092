import { definePlatform } from './define-platform';

const research = {
  source: 'oneNorth7/LinkHelper 链接助手.user.js (sunbox.cc go.php: a.alert-btn)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'sunbox',
  names: { en: 'Sunbox', zh: '阳光盒子' },
  domains: ['sunbox.cc'],
  pageInterstitials: [
    {
      // A WordPress theme's (Begin) leaving page: its button carries the target.
      hosts: ['sunbox.cc'],
      path: '/wp-content/themes/begin/go.php',
      selectors: ['a.alert-btn'],
      ...research,
    },
  ],
  sources: [research.source],
  examples: [
    {
      input: 'https://sunbox.cc/wp-content/themes/begin/go.php?url=x',
      url: 'https://sunbox.cc/wp-content/themes/begin/go.php?url=x',
    },
  ],
});
