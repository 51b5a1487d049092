import { definePlatform } from './define-platform';

/**
 * Meipai's share text is the caption, a space and the page `http://www.meipai.com/video/<n>/<id>?…&
 * utm_source=meipai_share…`: no wording of its own to mark it, so the platform has hosts only. The
 * page is kept as it is (over https, as for every platform host).
 */
const shares = {
  source:
    'HaowenLee/bare src/test/java/com/haowen/bare/BareApplicationTests.java; ityuhan-x/removeWatermark src/main/java/com/example/watermark/tool/OwnVideoRemoveWatermarkToolApiConstant.java; wujunwei928/parse-video parser/meipai.go',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'meipai',
  names: { en: 'Meipai', zh: '美拍' },
  domains: ['meipai.com'],
  sources: [shares.source],
  examples: [
    {
      input:
        '向姐姐们的大长腿看齐 http://www.meipai.com/video/863/6826061694944437551?client_id=1089857302&utm_media_id=6826061694944437551&utm_source=meipai_share&utm_term=meipai_android&gid=2185880175&utm_content=9458&utm_share_type=3',
      url: 'https://www.meipai.com/video/863/6826061694944437551?client_id=1089857302&utm_media_id=6826061694944437551&utm_source=meipai_share&utm_term=meipai_android&gid=2185880175&utm_content=9458&utm_share_type=3',
    },
    {
      input:
        '没看懂，他们到底怎么和好的？ http://www.meipai.com/video/422/7086683181613598461?client_id=1089857299&utm_media_id=7086683181613598461&utm_source=meipai_share&utm_term=meipai_ios&gnum=&utm_content=9458&utm_share_type=3',
      url: 'https://www.meipai.com/video/422/7086683181613598461?client_id=1089857299&utm_media_id=7086683181613598461&utm_source=meipai_share&utm_term=meipai_ios&gnum=&utm_content=9458&utm_share_type=3',
    },
  ],
});
