import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'hema',
  names: { en: 'Hema (Freshippo)', zh: '盒马' },
  domains: ['freshhema.com', 'freshippo.com'],
  sources: ["Unwall payment research (payments.json): the site's own domains"],
  examples: [
    { input: 'https://www.freshippo.com/', url: 'https://www.freshippo.com/' },
    { input: '盒马 的网页版', url: null },
  ],
});
