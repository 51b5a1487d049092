import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'aliexpress',
  names: { en: 'AliExpress', zh: '速卖通' },
  domains: ['aliexpress.com', 'aliexpress.us', 'aliexpress.ru'],
  sources: ["Unwall payment research (payments.json): the site's own domains"],
  examples: [
    {
      input: 'https://www.aliexpress.com/item/1005006290871234.html',
      url: 'https://www.aliexpress.com/item/1005006290871234.html',
    },
    { input: '速卖通 的网页版', url: null },
  ],
});
