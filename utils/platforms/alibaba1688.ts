import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'alibaba1688',
  names: { en: '1688.com', zh: '1688' },
  domains: ['1688.com'],
  sources: ["Unwall payment research (payments.json): the site's own domains"],
  examples: [
    {
      input: 'https://detail.1688.com/offer/650473487921.html',
      url: 'https://detail.1688.com/offer/650473487921.html',
    },
    { input: '1688 的网页版', url: null },
  ],
});
