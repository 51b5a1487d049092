import { definePlatform } from './define-platform';

const research = 'Unwall share-text research (sharetext.md §1, §3)';

export default definePlatform({
  id: 'dianping',
  names: { en: 'Dianping', zh: '大众点评' },
  domains: ['dianping.com'],
  shortDomains: ['dpurl.cn'],
  markers: ['【大众点评】'],
  schemes: [
    {
      names: ['dianping'],
      routes: [{ path: '{p:rest}', to: null, note: 'search and shop pages are app-only' }],
      source: research,
    },
  ],
  sources: [research],
  examples: [
    { input: 'https://www.dianping.com/shop/H3x8Xq9r', url: 'https://www.dianping.com/shop/H3x8Xq9r' },
    { input: 'dianping://searchshoplist?keyword=%E7%81%AB%E9%94%85', url: null },
  ],
});
