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
  payments: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      note: 'Primary method (Alipay was sole provider on Taobao/Tmall for >10 years).',
      confidence: 'high',
      sources: [{ text: 'Shanghai Daily 2024-09-27', url: 'https://www.shine.cn/biz/tech/2409271695/' }],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2024-09-12',
      note: "Tmall issued its own 'opinion collection' (2024-09-04) and 'announcement on adding WeChat Pay capability' (2024-09-05), effective 2024-09-12, gradual to all merchants; officially live for shoppers 2024-09-27.",
      confidence: 'high',
      sources: [
        { text: 'Daily Economic News 2024-09-12' },
        {
          text: 'China Daily 2024-09-06',
          url: 'https://www.chinadaily.com.cn/a/202409/06/WS66da3b0ca3103711928a65a4.html',
        },
        { text: 'Shanghai Daily 2024-09-27', url: 'https://www.shine.cn/biz/tech/2409271695/' },
      ],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      note: 'UnionPay listed for Taobao and Tmall (2024-09-27); Cloud QuickPass debuted as a payment method for Double 11 2021.',
      confidence: 'medium',
      sources: [
        { text: 'Shanghai Daily 2024-09-27', url: 'https://www.shine.cn/biz/tech/2409271695/' },
        {
          text: 'China Daily 2021-11-03',
          url: 'http://global.chinadaily.com.cn/a/202111/03/WS6181e397a310cdd39bc72f70.html',
        },
      ],
    },
    {
      method: 'china_mobile_hebao',
      status: 'supported',
      since: null,
      note: 'Listed alongside WeChat Pay/UnionPay (2024-09-27).',
      confidence: 'medium',
      sources: [{ text: 'Shanghai Daily 2024-09-27', url: 'https://www.shine.cn/biz/tech/2409271695/' }],
    },
    {
      method: 'intl_cards',
      status: 'partial',
      since: null,
      note: "'Credit and debit cards' cited as existing options (via Alipay cashier).",
      confidence: 'low',
      sources: [{ text: 'Straits Times-sourced report 2024-10-06' }],
    },
    {
      method: 'ecny',
      status: 'partial',
      since: '2022-01',
      note: "Tmall Supermarket listed in the e-CNY app's merchant list (Jan 2022); Alipay-based e-CNY from 2022-12 (pilot regions).",
      confidence: 'medium',
      sources: [
        {
          text: 'Forkast.News 2022-01',
          url: 'https://forkast.news/chinese-food-delivery-meituan-accepts-ecny',
        },
        { text: 'China Daily 2022-12-27' },
      ],
    },
    {
      method: 'huabei',
      status: 'unknown',
      since: null,
      note: 'Not stated for Tmall specifically (Taobao sources mention Huabei).',
      confidence: 'none',
      sources: [],
    },
    {
      method: 'apple_pay',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
    {
      method: 'paypal',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
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
