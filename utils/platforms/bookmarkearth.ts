import { definePlatform } from './define-platform';

const source =
  'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/bookmarkearth.cn.ts (.jump-target-url[data-url])';

export default definePlatform({
  id: 'bookmarkearth',
  names: { en: 'Bookmark Earth', zh: '书签地球' },
  domains: ['bookmarkearth.cn', 'bookmarkearth.com'],
  pageInterstitials: [
    {
      hosts: ['www.bookmarkearth.cn', 'bookmarkearth.cn'],
      path: '/view/{id:hex}',
      attributes: [{ selector: '.jump-target-url', name: 'data-url' }],
      source,
      verified: '2026-12-01',
    },
    {
      hosts: ['show.bookmarkearth.com'],
      path: '/view/{id:hex}',
      selectors: ['p.link'],
      source: 'oneNorth7/LinkHelper 链接助手.user.js (p.link); oneNorth7/LinkHelper README.md',
      verified: '2026-12-01',
    },
  ],
  sources: [source],
  examples: [
    {
      input: 'https://www.bookmarkearth.cn/view/a61cf21a93d711edb9f55254005bdbf9',
      url: 'https://www.bookmarkearth.cn/view/a61cf21a93d711edb9f55254005bdbf9',
    },
  ],
});
