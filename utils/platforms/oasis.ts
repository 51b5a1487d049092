import { definePlatform } from './define-platform';

/**
 * Weibo Oasis's share texts: `<caption> @<author>在绿洲APP发了一条超棒的动态，戳我看看>><link>` and
 * `分享@<author> 的@绿洲 动态:「<caption>」 <link>`, the link being `m.oasis.weibo.cn/v1/h5/share?sid=<id>`.
 * Listed before Weibo, which owns weibo.cn.
 */
const shareText = {
  source:
    'HaowenLee/bare src/test/java/com/haowen/bare/BareApplicationTests.java; ityuhan-x/removeWatermark src/main/java/com/example/watermark/tool/OwnVideoRemoveWatermarkToolApiConstant.java',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'oasis',
  names: { en: 'Oasis', zh: '绿洲' },
  domains: ['oasis.weibo.cn'],
  markers: ['在绿洲APP发了一条', '的@绿洲 动态'],
  shareText,
  canonical: [
    {
      hosts: ['m.oasis.weibo.cn'],
      path: '/v1/h5/share',
      query: { sid: '{sid:digits}' },
      to: 'https://m.oasis.weibo.cn/v1/h5/share?sid={sid}',
      note: 'The share page of a status is its sid alone; the parser builds it so. Tracking parameters go.',
      source: 'wujunwei928/parse-video parser/lvzhou.go',
      verified: '2026-12-01',
    },
  ],
  sources: [shareText.source, 'CharlesPikachu/videodl scripts/quickly_validate_clients_parsefromurl.py'],
  examples: [
    {
      input:
        '女神写真｜张天爱 @Crystal张天爱 #张天爱蝴蝶结镂空裙 纯白蝴蝶结镂空长裙搭配金色高跟... @爱豆女神在绿洲APP发了一条超棒的动态，戳我看看>>https://m.oasis.weibo.cn/v1/h5/share?sid=4641658404078184',
      url: 'https://m.oasis.weibo.cn/v1/h5/share?sid=4641658404078184',
    },
    {
      input:
        '分享@黄小貓愛可樂 的@绿洲 动态:「80年代的表演」  https://m.oasis.weibo.cn/v1/h5/share?sid=4928994187413855',
      url: 'https://m.oasis.weibo.cn/v1/h5/share?sid=4928994187413855',
    },
    {
      input:
        'https://m.oasis.weibo.cn/v1/h5/share?sid=4497689997350015&luicode=10001122&lfid=lz_qqfx&bid=4497689997350015',
      url: 'https://m.oasis.weibo.cn/v1/h5/share?sid=4497689997350015',
    },
  ],
});
