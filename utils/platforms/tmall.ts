import { definePlatform } from './define-platform';

/** `tmall://page.tm/search?q=` opens a search in the app. */
const scheme = {
  source: 'WengYuehTing/url-scheme-collection README.md (tmall://page.tm/search?q=)',
  verified: '2026-12-01',
} as const;
/** Not traced to a named public file: the nearest source shown with each such rule, and the rule's first day. */
const untracedScheme = { source: scheme.source, verified: '2026-11-24' } as const;
const untracedItem = {
  source: 'makelove/Taobao_topsdk 测试/淘口令-解析淘口令1.py (Tmall and Taobao item links)',
  verified: '2026-11-24',
} as const;

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
        {
          path: 'page.tm/appLink',
          query: { h5Url: '{u:url}' },
          to: '{u}',
          note: 'tmall://page.tm/appLink?h5Url= is not traced to a named public file.',
          ...untracedScheme,
        },
        {
          path: 'page.tm/search',
          query: { q: '{q:text}' },
          to: 'https://list.tmall.com/search_product.htm?q={q}',
        },
      ],
      ...scheme,
    },
  ],
  appLinks: [
    {
      hosts: ['list.tmall.com'],
      path: '/search_product.htm',
      query: { q: '{q:text}' },
      to: 'tmall://page.tm/search?q={q}',
      ...scheme,
    },
  ],
  canonical: [
    {
      hosts: ['detail.m.tmall.com'],
      path: '/item.htm',
      query: { id: '{id:digits}' },
      to: 'https://detail.tmall.com/item.htm?id={id}',
      note: 'detail.m.tmall.com as the mobile form of detail.tmall.com is not traced to a named public file.',
      ...untracedItem,
    },
  ],
  sources: [scheme.source],
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
    {
      input: 'https://list.tmall.com/search_product.htm?q=%E8%80%B3%E6%9C%BA',
      url: 'https://list.tmall.com/search_product.htm?q=%E8%80%B3%E6%9C%BA',
      appLink: 'tmall://page.tm/search?q=%E8%80%B3%E6%9C%BA',
    },
  ],
});
