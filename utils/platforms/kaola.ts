import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'kaola',
  names: { en: 'Kaola (Kaola Haigou)', zh: '考拉海购' },
  domains: ['kaola.com'],
  sources: ["Unwall payment research (payments.json): the site's own domains"],
  examples: [
    { input: 'https://www.kaola.com/', url: 'https://www.kaola.com/' },
    { input: '考拉海购 的网页版', url: null },
  ],
});
