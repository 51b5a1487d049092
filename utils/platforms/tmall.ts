import { definePlatform } from './define-platform';

const research =
  'Unwall share-text research (sharetext.md §1, §3): public scheme collections and item-link parsers';

/**
 * No share-text marker: no public source found shows a Tmall app share text starting with `【天猫】`
 * (it appears only in synthetic test strings and SMS adverts).
 */
export default definePlatform({
  id: 'tmall',
  names: { en: 'Tmall', zh: '天猫' },
  domains: ['tmall.com', 'tmall.hk'],
  titles: ['corner-after', 'lenticular-before'],
  searchUrl: 'https://list.tmall.com/search_product.htm?q={title}',
  schemes: [
    {
      names: ['tmall'],
      routes: [
        { path: 'page.tm/appLink', query: { h5Url: '{u:url}' }, to: '{u}' },
        {
          path: 'page.tm/search',
          query: { q: '{q:text}' },
          to: 'https://list.tmall.com/search_product.htm?q={q}',
        },
      ],
      source: research,
    },
  ],
  canonical: [
    {
      hosts: ['detail.m.tmall.com'],
      path: '/item.htm',
      query: { id: '{id:digits}' },
      to: 'https://detail.tmall.com/item.htm?id={id}',
    },
  ],
  sources: [research],
  examples: [
    {
      input: 'tmall://page.tm/appLink?h5Url=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fid%3D738817173460',
      url: 'https://detail.tmall.com/item.htm?id=738817173460',
    },
    {
      input: 'https://detail.m.tmall.com/item.htm?id=738817173460',
      url: 'https://detail.tmall.com/item.htm?id=738817173460',
    },
    { input: 'tmall://page.tm/appLink?h5Url=javascript%3Aalert(1)', url: null },
  ],
});
