import { definePlatform } from './define-platform';

/** Where book.douban.com/link2/ was seen: a saved Douban Books home page (2018). */
const bookPages = 'caiwenhao0537/spider douban.html';

const peers =
  'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/douban.com.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js';

export default definePlatform({
  id: 'douban',
  names: { en: 'Douban', zh: '豆瓣' },
  domains: ['douban.com'],
  // Douban's own short links (broadcasts rewrite links to them); no share-text wording was found.
  shortDomains: ['douc.cc'],
  shareText: {
    source:
      'z-mio/ParseHub src/parsehub/parsers/parser/douban.py; z-mio/ParseHub test/test_core_offline.py; https://github.com/z-mio/ParseHub/pull/15',
    verified: '2026-12-01',
  },
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.douban.com', 'book.douban.com'],
      path: '/link2/',
      query: { url: '{u:url}' },
      to: '{u}',
      note: 'link2key follows the target; it is a separate parameter, not part of it. Douban Books sends its buy links (JD, Dangdang) through its own link2, with shop, price and position parameters around the target.',
      source: `${peers}; ${bookPages}`,
      verified: '2026-12-01',
    },
  ],
  examples: [
    { input: 'https://douc.cc/2Yx4Ol', url: 'https://douc.cc/2Yx4Ol' },
    {
      input:
        'https://www.douban.com/link2/?url=https%3A%2F%2Fmp.weixin.qq.com%2Fs%2FRN82odj1nVJL6zTm42lV5g&link2key=63d54dbb3c',
      url: 'https://mp.weixin.qq.com/s/RN82odj1nVJL6zTm42lV5g',
    },
    {
      input: 'https://www.douban.com/link2/?url=https%3A%2F%2Fdeveloper.mozilla.org%2F&link2key=63d54dbb3c',
      url: 'https://developer.mozilla.org/',
    },
    {
      input:
        'https://book.douban.com/link2/?pre=0&vendor=dangdang&srcpage=bestseller&price=4410&pos=1&url=http%3A%2F%2Funion.dangdang.com%2Ftransfer.php%3Ffrom%3DP-306226-0-s27012154%26backurl%3Dhttp%3A%2F%2Fproduct.dangdang.com%2Fproduct.aspx%3Fproduct_id%3D24198400&srcsubj=&type=bkbuy&subject=27012154',
      url: 'https://union.dangdang.com/transfer.php?from=P-306226-0-s27012154&backurl=http://product.dangdang.com/product.aspx?product_id=24198400',
    },
    {
      input:
        'https://book.douban.com/link2/?lowest=9920&pre=0&vendor=jingdong&srcpage=subject&price=9920&pos=1&url=https%3A%2F%2Funion-click.jd.com%2Fjdc%3Fe%3D%26p%3DJF8BANEJK1olXgAKVllVCU8XBV8IGloXWg4BXVZYD04RBV9MRANLAjZbERscSkAJHTdNTwcKBlMdBgABFksWAm0PE1gcVQMFUVhbFxJSXzI4XhBKJHRLBAU9SDEJWBIBG1hFQ0VLAlJROEwSBGkPElgSbQYGVVpZOHsXAl9JdVsUXw8CUFdUOEonA2gNHFwcVQALXVdYAHsXC2s4wtuii6SQjcDX3cOAM184GGslbQYyV24DZkpEA2wIEgkXM1sDDVcACQxAbWkBHFMXWAYFZFxcCUkVMw&cntvendor=1&srcsubj=1089243&type=bkbuy&subject=1089243',
      url: 'https://union-click.jd.com/jdc?e=&p=JF8BANEJK1olXgAKVllVCU8XBV8IGloXWg4BXVZYD04RBV9MRANLAjZbERscSkAJHTdNTwcKBlMdBgABFksWAm0PE1gcVQMFUVhbFxJSXzI4XhBKJHRLBAU9SDEJWBIBG1hFQ0VLAlJROEwSBGkPElgSbQYGVVpZOHsXAl9JdVsUXw8CUFdUOEonA2gNHFwcVQALXVdYAHsXC2s4wtuii6SQjcDX3cOAM184GGslbQYyV24DZkpEA2wIEgkXM1sDDVcACQxAbWkBHFMXWAYFZFxcCUkVMw',
    },
    { input: 'https://www.douban.com/link2/?url=javascript%3Aalert(1)', url: null },
    { input: 'https://book.douban.com/link2/?pre=0&url=javascript%3Aalert(1)&type=bkbuy', url: null },
    {
      input: 'https://www.douban.com.evil.example/link2/?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.douban.com.evil.example/link2/?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
