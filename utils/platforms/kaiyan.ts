import { definePlatform } from './define-platform';

/**
 * Kaiyan (Eyepetizer) shares the page `m.eyepetizer.net/u1/video-detail?video_id=<id>&…`; its API and
 * images are on `kaiyanapp.com`. No share text with wording of its own was found in public material:
 * hosts only, links kept as they are.
 */
const hosts = {
  source:
    'HaowenLee/bare src/test/java/com/haowen/bare/BareApplicationTests.java; ityuhan-x/removeWatermark src/main/java/com/example/watermark/tool/OwnVideoRemoveWatermarkToolApiConstant.java',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'kaiyan',
  names: { en: 'Eyepetizer', zh: '开眼' },
  domains: ['eyepetizer.net', 'kaiyanapp.com'],
  sources: [hosts.source],
  examples: [
    {
      input: 'https://m.eyepetizer.net/u1/video-detail?video_id=319457',
      url: 'https://m.eyepetizer.net/u1/video-detail?video_id=319457',
    },
  ],
});
