import { definePlatform } from './define-platform';

/**
 * Weishi's share text is the caption, `>>` and the link: the share page
 * `isee.weishi.qq.com/ws/app-pages/share/index.html?…&id=<feed id>&…` or a short `video.weishi.qq.com/<code>`.
 * `>>` alone marks nothing, so the platform has no markers. Listed before QQ, which owns qq.com.
 */
const shares = {
  source:
    'HaowenLee/bare src/test/java/com/haowen/bare/BareApplicationTests.java; ityuhan-x/removeWatermark src/main/java/com/example/watermark/tool/OwnVideoRemoveWatermarkToolApiConstant.java',
  verified: '2026-12-01',
} as const;

/** The share page's `id` is the feed id; the feed's own page is `h5.weishi.qq.com/weishi/feed/<id>/`. */
const feedPage = {
  source:
    'CharlesPikachu/videodl videodl/modules/sources/weishi.py; CharlesPikachu/videodl scripts/quickly_validate_clients_parsefromurl.py; xiyaowong/spiders extractor/weishi.py; wujunwei928/parse-video parser/weishi.go',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'weishi',
  names: { en: 'Weishi', zh: '微视' },
  domains: ['weishi.qq.com'],
  canonical: [
    {
      hosts: ['isee.weishi.qq.com'],
      path: '/ws/app-pages/share/index.html',
      query: { id: '{id:alnum}' },
      to: 'https://h5.weishi.qq.com/weishi/feed/{id}/',
      ...feedPage,
    },
  ],
  sources: [shares.source, feedPage.source],
  examples: [
    {
      input:
        '一条被水“断开”的公路，船在上面走车在底下开，设计感十足！>>https://isee.weishi.qq.com/ws/app-pages/share/index.html?wxplay=1&id=77nTk9kdd1M5JhOeS&collectionid=ai-60fecd4cddad6b010a08900a&spid=2124850950999772140&qua=v1_and_weishi_8.31.0_588_312026001_d&chid=100081003&pkg=&attach=cp_reserves3_1000370721',
      url: 'https://h5.weishi.qq.com/weishi/feed/77nTk9kdd1M5JhOeS/',
    },
    {
      input:
        '说真话的人，为何越来越少了？#臧其超 #数字营销 #社会现象 >> https://video.weishi.qq.com/ONbRDNMr',
      url: 'https://video.weishi.qq.com/ONbRDNMr',
    },
    {
      input: 'https://isee.weishi.qq.com/ws/app-pages/share/index.html?wxplay=1',
      url: 'https://isee.weishi.qq.com/ws/app-pages/share/index.html?wxplay=1',
    },
  ],
});
