import { definePlatform } from './define-platform';

const schemeNames = {
  source:
    'WengYuehTing/url-scheme-collection README.md (dianping://searchshoplist?keyword=); crasowas/scheme_go apps_data.json (dianping://)',
  verified: '2026-12-01',
} as const;
const shopShare =
  'InsaneHe/Choose-a-Restaurant tests/test_dianping.py (FULL_SHARE: a Dianping app shop share, 【shop】 then rating, price, area, address and the m.dianping.com/shopinfo link)';

export default definePlatform({
  id: 'dianping',
  names: { en: 'Dianping', zh: '大众点评' },
  domains: ['dianping.com'],
  shortDomains: ['dpurl.cn'],
  shareText: {
    source: `${shopShare}; the dpurl.cn short links are seen in public Meituan SMS and coupon code, no single file cited`,
    verified: '2026-12-01',
  },
  titles: ['lenticular-before'],
  schemes: [
    {
      names: ['dianping'],
      routes: [{ path: '{p:rest}', to: null, note: 'search and shop pages are app-only' }],
      ...schemeNames,
    },
  ],
  sources: [schemeNames.source, shopShare],
  examples: [
    {
      input:
        '【青鹤谷韩国料理(总店)】\n★★★★☆ 4.7\n¥187/人\n虹桥镇商圈 韩式料理\n虹莘路3998号帝宝大厦2楼\nhttps://m.dianping.com/shopinfo/G8vQ1zgGBMlcfSli?msource=Appshare2021&utm_source=shop_share&shoptype=10&shopcategoryid=114&cityid=1&isoversea=0',
      url: 'https://m.dianping.com/shopinfo/G8vQ1zgGBMlcfSli?msource=Appshare2021&utm_source=shop_share&shoptype=10&shopcategoryid=114&cityid=1&isoversea=0',
      title: '青鹤谷韩国料理(总店)',
    },
    { input: '【只有名称】\n没有链接', url: null },
    { input: 'https://www.dianping.com/shop/H3x8Xq9r', url: 'https://www.dianping.com/shop/H3x8Xq9r' },
    { input: 'dianping://searchshoplist?keyword=%E7%81%AB%E9%94%85', url: null },
  ],
});
