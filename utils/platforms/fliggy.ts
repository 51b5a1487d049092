import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'fliggy',
  names: { en: 'Fliggy', zh: '飞猪' },
  domains: ['fliggy.com', 'feizhu.com', 'alitrip.com'],
  sources: ["Unwall payment research (payments.json): the site's own domains"],
  examples: [
    { input: 'https://www.fliggy.com/', url: 'https://www.fliggy.com/' },
    { input: '飞猪 的网页版', url: null },
  ],
});
