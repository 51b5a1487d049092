import { definePlatform } from './define-platform';

const botRule =
  'LJMX996/jd sillyGirl/develop/replies/京东口令解析_windfgg.js (10 to 14 letters and digits between ( ) # @ $ % ¥ ￥ ! ！)';
const appLinks = {
  source:
    'WengYuehTing/url-scheme-collection README.md (openapp.jdmobile://virtual?params={"category":"jump","des":…}); crasowas/scheme_go apps_data.json (openapp.jdmobile://, openjd://)',
  verified: '2026-12-01',
} as const;
/** Formats seen in public code without one named file to cite: nearest source, and the day they were added. */
const mobilePages = {
  source:
    'raycast/extensions extensions/jing-kou-ling/README.md (item.jd.com/<sku>.html); the item.m.jd.com and m.jd.com forms are seen in public code, no single file cited',
  verified: '2026-11-24',
} as const;
/** What is copied for the app: the token with its `！` wrappers, as the JD app reads it from the clipboard. */
const copied =
  'raycast/extensions extensions/jing-kou-ling/README.md (a JD code copied to the clipboard and opened in the JD app: 20:/！29KUN73nQllwi！)';

export default definePlatform({
  id: 'jd',
  names: { en: 'JD.com', zh: '京东' },
  appNames: ['JD', '京东商城'],
  domains: ['jd.com', 'jd.hk'],
  shortDomains: ['3.cn', 'u.jd.com'],
  markers: ['【京东】', '复制文案打开京东', '京口令'],
  shareText: {
    source: `${botRule}; ${copied}; the 【京东】<3.cn or u.jd.com link>「title」点击链接直接打开 texts are seen in public code comments, no single file cited`,
    verified: '2026-12-01',
  },
  titles: ['corner-after'],
  searchUrl: 'https://search.jd.com/Search?keyword={title}',
  tokens: [
    {
      name: { en: 'JD token', zh: '京口令' },
      lengths: [12, 13, 14],
      wrappers: ['！', '!', '(', ')', '#', '@', '$', '%', '¥', '￥'],
      needsMarker: true,
      source: `${botRule}; ${copied}`,
      verified: '2026-12-01',
    },
  ],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['linkst.m.jd.com'],
      path: '/ul/ul.action',
      rawQuery: '{u:url}',
      to: '{u}',
      note: 'The universal link puts the app link after `?`; it is seen in public code and notes, but no single file is cited.',
      ...appLinks,
    },
  ],
  schemes: [
    {
      names: ['openapp.jdmobile', 'openjd'],
      routes: [
        {
          json: { param: 'params', fields: { des: 'productDetail', skuId: '{sku:digits}' } },
          to: 'https://item.jd.com/{sku}.html',
          note: 'The productDetail form is common in public code; no single file is cited.',
        },
        {
          json: { param: 'params', fields: { des: 'm', url: '{u:url}' } },
          to: '{u}',
          note: 'The des m (web page) form is seen in public code; no single file is cited.',
        },
        {
          json: { param: 'params', fields: { des: 'productList', keyWord: '{k:text}' } },
          to: 'https://search.jd.com/Search?keyword={k}',
        },
        {
          json: { param: 'params', fields: { des: '{d:word}' } },
          to: null,
          note: 'couponCenter, jshopMain…: app-only',
        },
      ],
      ...appLinks,
    },
  ],
  // The app reads `params` as JSON: written percent-encoded, as a phone's URL parser wants it.
  appLinks: [
    {
      hosts: ['item.jd.com'],
      path: '/{sku:digits}.html',
      to: 'openapp.jdmobile://virtual?params=%7B%22category%22%3A%22jump%22%2C%22des%22%3A%22productDetail%22%2C%22skuId%22%3A%22{sku}%22%7D',
      note: 'The productDetail form is common in public code; no single file is cited.',
      ...appLinks,
    },
    {
      hosts: ['search.jd.com'],
      path: '/Search',
      query: { keyword: '{k:text}' },
      to: 'openapp.jdmobile://virtual?params=%7B%22category%22%3A%22jump%22%2C%22des%22%3A%22productList%22%2C%22keyWord%22%3A%22{k}%22%7D',
      ...appLinks,
    },
  ],
  canonical: [
    {
      hosts: ['item.m.jd.com', 'm.jd.com'],
      path: '/product/{sku:digits}.html',
      to: 'https://item.jd.com/{sku}.html',
      ...mobilePages,
    },
    {
      hosts: ['item.m.jd.com'],
      path: '/ware/view.action',
      query: { wareId: '{sku:digits}' },
      to: 'https://item.jd.com/{sku}.html',
      ...mobilePages,
    },
  ],
  sources: [botRule, copied, appLinks.source, 'https://www.jd.com/', 'https://www.jd.hk/'],
  examples: [
    {
      input:
        '【京东】https://3.cn/2porp-78?jkl=@OFzLBAZcuinE@ CA8680 「海尔520升594超薄零嵌全空间冰箱」\n点击链接直接打开 或者复制文案打开京东',
      url: 'https://3.cn/2porp-78?jkl=@OFzLBAZcuinE@',
      title: '海尔520升594超薄零嵌全空间冰箱',
    },
    {
      input:
        'openapp.jdmobile://virtual?params={"category":"jump","des":"productDetail","skuId":"100014352539"}',
      url: 'https://item.jd.com/100014352539.html',
      appLink:
        'openapp.jdmobile://virtual?params=%7B%22category%22%3A%22jump%22%2C%22des%22%3A%22productDetail%22%2C%22skuId%22%3A%22100014352539%22%7D',
    },
    {
      input:
        'openApp.jdMobile://virtual?params=%7B%22category%22%3A%22jump%22%2C%22des%22%3A%22m%22%2C%22url%22%3A%22https%3A%2F%2Fpro.m.jd.com%2Fmall%2Factive%2Fx%2Findex.html%22%7D',
      url: 'https://pro.m.jd.com/mall/active/x/index.html',
    },
    {
      input: 'https://item.m.jd.com/product/100014352539.html?utm_source=x',
      url: 'https://item.jd.com/100014352539.html',
      appLink:
        'openapp.jdmobile://virtual?params=%7B%22category%22%3A%22jump%22%2C%22des%22%3A%22productDetail%22%2C%22skuId%22%3A%22100014352539%22%7D',
    },
    { input: 'openapp.jdmobile://virtual?params={"category":"jump","des":"couponCenter"}', url: null },
    {
      input: 'openapp.jdmobile://virtual?params={"category":"jump","des":"m","url":"javascript:alert(1)"}',
      url: null,
    },
    {
      input: 'https://item.jd.com/100014352539.html',
      url: 'https://item.jd.com/100014352539.html',
      appLink:
        'openapp.jdmobile://virtual?params=%7B%22category%22%3A%22jump%22%2C%22des%22%3A%22productDetail%22%2C%22skuId%22%3A%22100014352539%22%7D',
    },
    {
      input: 'https://search.jd.com/Search?keyword=%E5%86%B0%E7%AE%B1',
      url: 'https://search.jd.com/Search?keyword=%E5%86%B0%E7%AE%B1',
      appLink:
        'openapp.jdmobile://virtual?params=%7B%22category%22%3A%22jump%22%2C%22des%22%3A%22productList%22%2C%22keyWord%22%3A%22%E5%86%B0%E7%AE%B1%22%7D',
    },
    // A keyword that would break the app link's JSON gives no app link (it would not read back).
    {
      input: 'https://search.jd.com/Search?keyword=a%22b',
      url: 'https://search.jd.com/Search?keyword=a%22b',
    },
  ],
});
