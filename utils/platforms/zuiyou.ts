import { definePlatform } from './define-platform';

/**
 * Zuiyou's share text: `#最右#分享一条有趣的内容给你，不好看算我输。请戳链接>> <share link>`; topics:
 * `#最右#发现一个超给力的话题，快来围观！请戳链接>>`. The link is a full page on
 * `share.xiaochuankeji.cn` or `share.izuiyou.com` (`/hybrid/share/post?pid=…`), kept as it is.
 */
const shareText = {
  source:
    'HaowenLee/bare src/test/java/com/haowen/bare/BareApplicationTests.java; ityuhan-x/removeWatermark src/main/java/com/example/watermark/tool/OwnVideoRemoveWatermarkToolApiConstant.java; mwbGit/video-watermark src/main/java/com/harry/videowatermark/common/TextUtil.java',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'zuiyou',
  names: { en: 'Zuiyou', zh: '最右' },
  domains: ['xiaochuankeji.cn', 'izuiyou.com'],
  markers: ['#最右#'],
  shareText,
  sources: [shareText.source, 'wujunwei928/parse-video parser/vars.go'],
  examples: [
    {
      input:
        '#最右#分享一条有趣的内容给你，不好看算我输。请戳链接>> https://share.izuiyou.com/hybrid/share/post?pid=208977136&zy_to=applink&share_count=1&m=8df56b3a3afc94fd6ded32b716559572&d=35dfa91e566ca98c1bb301450a76fba02e84e82c1465c3d1c1ab7d683e48be36&app=zuiyou&recommend=r0&name=n0&title_type=t0',
      url: 'https://share.izuiyou.com/hybrid/share/post?pid=208977136&zy_to=applink&share_count=1&m=8df56b3a3afc94fd6ded32b716559572&d=35dfa91e566ca98c1bb301450a76fba02e84e82c1465c3d1c1ab7d683e48be36&app=zuiyou&recommend=r0&name=n0&title_type=t0',
    },
    {
      input:
        '#最右#分享一条有趣的内容给你，不好看算我输。请戳链接>>https://share.xiaochuankeji.cn/hybrid/share/post?pid=327417898&zy_to=applink&share_count=1&m=2823802580d139b049e4428f518d1e07&d=a878370439c26d1bca4a11b6de81335337cbb96c632bff34d691348a21d54e44450b3dda1428997d09503425ca29d0fd&app=zuiyou&recommend=r0&name=n0&title_type=t0',
      url: 'https://share.xiaochuankeji.cn/hybrid/share/post?pid=327417898&zy_to=applink&share_count=1&m=2823802580d139b049e4428f518d1e07&d=a878370439c26d1bca4a11b6de81335337cbb96c632bff34d691348a21d54e44450b3dda1428997d09503425ca29d0fd&app=zuiyou&recommend=r0&name=n0&title_type=t0',
    },
    { input: '#最右#发现一个超给力的话题，快来围观！请戳链接>>', url: null },
  ],
});
