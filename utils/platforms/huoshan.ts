import { definePlatform } from './define-platform';

/**
 * Douyin Huoshan (formerly Huoshan): `<author>在火山分享了视频，快来围观！传送门戳我>><share.huoshan.com/hotsoon/s/…/>
 * 复制此链接，打开【抖音火山版】，直接观看视频~`. Later texts carry Douyin's own `v.douyin.com` links
 * (`…复制此链接，打开Dou音火山版搜索，直接观看视频！`): those stay Douyin's, as the host says.
 */
const shareText = {
  source:
    'HaowenLee/bare src/test/java/com/haowen/bare/BareApplicationTests.java; mwbGit/video-watermark src/main/java/com/harry/videowatermark/common/TextUtil.java',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'huoshan',
  names: { en: 'Douyin Huoshan', zh: '抖音火山版' },
  domains: ['huoshan.com'],
  shortDomains: ['share.huoshan.com'],
  markers: ['在火山分享了视频，快来围观！', '打开【抖音火山版】'],
  shareText,
  sources: [shareText.source, 'wujunwei928/parse-video parser/vars.go'],
  examples: [
    {
      input:
        '双胞胎车模（星星）在火山分享了视频，快来围观！传送门戳我>>https://share.huoshan.com/hotsoon/s/bWA4mrCMtk8/ 复制此链接，打开【抖音火山版】，直接观看视频~',
      url: 'https://share.huoshan.com/hotsoon/s/bWA4mrCMtk8/',
    },
    {
      input:
        '光明日报在火山分享了视频，快来围观！传送门戳我>>https://share.huoshan.com/hotsoon/s/E3D2wFb2Va8/ 复制此链接，打开【抖音火山版】，直接观看视频~',
      url: 'https://share.huoshan.com/hotsoon/s/E3D2wFb2Va8/',
    },
    { input: '复制此链接，打开【抖音火山版】，直接观看视频~', url: null },
  ],
});
