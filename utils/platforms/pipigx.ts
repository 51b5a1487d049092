import { definePlatform } from './define-platform';

/**
 * Pipi Gaoxiao's share links: `h5.pipigx.com/pp/post/<pid>?zy_to=copy_link&…`; its content and API
 * hosts are on `ippzone.com`, which serves the same pages (`h5.ippzone.com/pp/post/<pid>?…`). No share text with
 * its wording was found in public material: hosts only, links kept as they are.
 */
const hosts = {
  source:
    'wujunwei928/parse-video parser/vars.go; CharlesPikachu/videodl scripts/quickly_validate_clients_parsefromurl.py; ityuhan-x/removeWatermark src/main/java/com/example/watermark/tool/OwnVideoRemoveWatermarkToolApiConstant.java',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'pipigx',
  names: { en: 'Pipi Gaoxiao', zh: '皮皮搞笑' },
  domains: ['pipigx.com', 'ippzone.com'],
  sources: [hosts.source],
  examples: [
    {
      input:
        'https://h5.pipigx.com/pp/post/475450717068?zy_to=copy_link&share_count=1&m=23fbbe82ccbe4731e10b923ebdd2c2db&app=&type=post&did=a81e6fd901939c1a&mid=7328875321474&pid=475450717068',
      url: 'https://h5.pipigx.com/pp/post/475450717068?zy_to=copy_link&share_count=1&m=23fbbe82ccbe4731e10b923ebdd2c2db&app=&type=post&did=a81e6fd901939c1a&mid=7328875321474&pid=475450717068',
    },
  ],
});
