import { definePlatform } from './define-platform';

const research = {
  source:
    'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/sogou.com.ts (.results .vrwrap [data-url]); MerielVaren/remove-link-redirects remove-link-redirects.js (.vrwrap .r-sech[data-url])',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'sogou',
  names: { en: 'Sogou Search', zh: '搜狗搜索' },
  domains: ['sogou.com'],
  pageTargets: [
    {
      // A result's box keeps its target in one `data-url`; its links go through opaque /link?url= ids.
      pages: ['sogou.com'],
      hosts: ['www.sogou.com', 'sogou.com'],
      path: '/link',
      from: [{ attribute: 'data-url', within: '.results .vrwrap' }],
      ...research,
    },
  ],
  sources: [research.source],
  examples: [
    {
      input:
        'https://www.sogou.com/link?url=hedJjaC291NbWrwHYHKCyPQj_ei8OKC13fJZ5YRQyvgjcXe6RUhCEXfbi95UdEys',
      url: 'https://www.sogou.com/link?url=hedJjaC291NbWrwHYHKCyPQj_ei8OKC13fJZ5YRQyvgjcXe6RUhCEXfbi95UdEys',
    },
    {
      input:
        'https://www.sogou.com/link?url=hedJjaC291NbWrwHYHKCyPQj_ei8OKC13fJZ5YRQyvgjcXe6RUhCEXfbi95UdEys',
      page: { host: 'www.sogou.com', read: 'https://github.com/maomao1996/mm-notes' },
      url: 'https://github.com/maomao1996/mm-notes',
    },
    {
      input:
        'https://www.sogou.com/link?url=hedJjaC291NbWrwHYHKCyPQj_ei8OKC13fJZ5YRQyvgjcXe6RUhCEXfbi95UdEys',
      page: { host: 'www.sogou.com', read: 'see https://github.com/ here' },
      url: null,
    },
  ],
});
