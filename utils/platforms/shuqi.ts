import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'shuqi',
  names: { en: 'Shuqi', zh: '书旗小说' },
  domains: ['shuqi.com'],
  sources: ["Unwall payment research (payments.json): the site's own domains"],
  examples: [
    { input: 'https://www.shuqi.com/', url: 'https://www.shuqi.com/' },
    { input: '书旗小说 的网页版', url: null },
  ],
});
