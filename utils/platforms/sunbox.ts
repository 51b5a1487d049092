import { definePlatform } from './define-platform';

const source = 'oneNorth7/LinkHelper (sunbox.cc go.php: a.alert-btn)';

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
      source,
    },
  ],
  sources: [source],
  examples: [
    {
      input: 'https://sunbox.cc/wp-content/themes/begin/go.php?url=x',
      url: 'https://sunbox.cc/wp-content/themes/begin/go.php?url=x',
    },
  ],
});
