import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'damai',
  names: { en: 'Damai', zh: '大麦' },
  domains: ['damai.cn'],
  sources: ["Unwall payment research (payments.json): the site's own domains"],
  examples: [
    { input: 'https://www.damai.cn/', url: 'https://www.damai.cn/' },
    { input: '大麦 的网页版', url: null },
  ],
});
