import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'taote',
  names: { en: 'Taobao Deals (Taote)', zh: '淘特' },
  domains: [],
  sources: ["Unwall payment research (payments.json): the site's own domains"],
  examples: [{ input: '淘特 的网页版', url: null }],
});
