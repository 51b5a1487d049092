import { definePlatform } from './define-platform';

const officeLink = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/kdocs.cn.ts; MerielVaren/remove-link-redirects remove-link-redirects.js; YisRime/TamperMonkeyScript RedirectAll.js',
  verified: '2026-12-01',
} as const;
const queryLink = {
  source: 'OldPanda/Open-the-F-king-URL-Right-Now userscript.js; YisRime/TamperMonkeyScript RedirectAll.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'kdocs',
  names: { en: 'Kdocs', zh: '金山文档' },
  domains: ['kdocs.cn'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.kdocs.cn'],
      path: '/office/link',
      query: { target: '{u:url}' },
      to: '{u}',
      ...officeLink,
    },
    {
      kind: 'interstitial',
      hosts: ['www.kdocs.cn'],
      path: '/etapps/query/link',
      query: { target: '{u:url}' },
      to: '{u}',
      ...queryLink,
    },
  ],
  examples: [
    { input: 'https://www.kdocs.cn/office/link?target=https%3A%2F%2Ffe-mm.com', url: 'https://fe-mm.com/' },
    {
      input: 'https://www.kdocs.cn/etapps/query/link?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://www.kdocs.cn/office/link?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.kdocs.cn.evil.example/office/link?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.kdocs.cn.evil.example/office/link?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
