import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'youku',
  names: { en: 'Youku', zh: '优酷' },
  domains: ['youku.com'],
  sources: ["Unwall payment research (payments.json): the site's own domains"],
  examples: [
    {
      input: 'https://v.youku.com/v_show/id_XNTkyNjQ0NzY4MA==.html',
      url: 'https://v.youku.com/v_show/id_XNTkyNjQ0NzY4MA==.html',
    },
    { input: '优酷 的网页版', url: null },
  ],
});
