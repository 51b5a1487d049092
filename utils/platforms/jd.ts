import { definePlatform } from './define-platform';

const research =
  'Unwall share-text research (sharetext.md §1, §3): raycast jing-kou-ling, openapp.jdmobile parsers';

export default definePlatform({
  id: 'jd',
  names: { en: 'JD.com', zh: '京东' },
  domains: ['jd.com', 'jd.hk'],
  shortDomains: ['3.cn'],
  markers: ['【京东】', '复制文案打开京东', '京口令'],
  titles: ['corner-after'],
  searchUrl: 'https://search.jd.com/Search?keyword={title}',
  tokens: [
    {
      name: { en: 'JD token', zh: '京口令' },
      lengths: [12, 13, 14],
      wrappers: ['！', '!', '(', ')', '#', '@', '$', '%', '¥', '￥'],
      needsMarker: true,
      source: research,
    },
  ],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['linkst.m.jd.com'],
      path: '/ul/ul.action',
      rawQuery: '{u:url}',
      to: '{u}',
      source: research,
    },
  ],
  schemes: [
    {
      names: ['openapp.jdmobile', 'openjd'],
      routes: [
        {
          json: { param: 'params', fields: { des: 'productDetail', skuId: '{sku:digits}' } },
          to: 'https://item.jd.com/{sku}.html',
        },
        { json: { param: 'params', fields: { des: 'm', url: '{u:url}' } }, to: '{u}' },
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
      source: research,
    },
  ],
  canonical: [
    {
      hosts: ['item.m.jd.com', 'm.jd.com'],
      path: '/product/{sku:digits}.html',
      to: 'https://item.jd.com/{sku}.html',
    },
    {
      hosts: ['item.m.jd.com'],
      path: '/ware/view.action',
      query: { wareId: '{sku:digits}' },
      to: 'https://item.jd.com/{sku}.html',
    },
  ],
  sources: [research],
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
    },
    {
      input:
        'openApp.jdMobile://virtual?params=%7B%22category%22%3A%22jump%22%2C%22des%22%3A%22m%22%2C%22url%22%3A%22https%3A%2F%2Fpro.m.jd.com%2Fmall%2Factive%2Fx%2Findex.html%22%7D',
      url: 'https://pro.m.jd.com/mall/active/x/index.html',
    },
    {
      input: 'https://item.m.jd.com/product/100014352539.html?utm_source=x',
      url: 'https://item.jd.com/100014352539.html',
    },
    { input: 'openapp.jdmobile://virtual?params={"category":"jump","des":"couponCenter"}', url: null },
    {
      input: 'openapp.jdmobile://virtual?params={"category":"jump","des":"m","url":"javascript:alert(1)"}',
      url: null,
    },
  ],
});
