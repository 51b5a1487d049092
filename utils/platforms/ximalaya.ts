import { definePlatform } from './define-platform';

/**
 * Known for its web hosts: the app shares mobile `selfshare` pages.
 */
const links =
  'https://github.com/sld272/Ximalaya-Downloader/issues/41; yt-dlp/yt-dlp yt_dlp/extractor/ximalaya.py';

/**
 * The share text the app's share API returns (for an album, 2016): `我觉得《<title>》听起来挺不错的，你觉得呢?`,
 * the `xima.tv` short link, then `（分享自@喜马拉雅FM）` glued to it.
 */
const shareText = {
  source: 'yushilei1218/Xmly4Fm app/src/main/java/com/yushilei/xmly4fm/entities/share/ShareEntity.java',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'ximalaya',
  names: { en: 'Ximalaya', zh: '喜马拉雅' },
  domains: ['ximalaya.com'],
  shortDomains: ['xima.tv'],
  markers: ['（分享自@喜马拉雅FM）'],
  titles: ['book-before'],
  shareText,
  sources: [links, shareText.source],
  examples: [
    {
      input:
        'https://m.ximalaya.com/selfshare/album/56206086?uid=140986368&shrdv=e8d4322a-2789-374f-983a-ab0054d0ead5&shrh5=android&shrid=18e2c16d427152fd&shrdh=1&shrpid=18e2c16d4277c33&srcType=6&subType=1010&srcId=56206086',
      url: 'https://m.ximalaya.com/selfshare/album/56206086?uid=140986368&shrdv=e8d4322a-2789-374f-983a-ab0054d0ead5&shrh5=android&shrid=18e2c16d427152fd&shrdh=1&shrpid=18e2c16d4277c33&srcType=6&subType=1010&srcId=56206086',
    },
    { input: 'http://www.ximalaya.com/sound/47740352/', url: 'https://www.ximalaya.com/sound/47740352/' },
    {
      input: '我觉得《罗辑思维》听起来挺不错的，你觉得呢?http://xima.tv/qO71Bc（分享自@喜马拉雅FM）',
      url: 'https://xima.tv/qO71Bc',
      title: '罗辑思维',
      kind: 'share',
    },
    { input: '《罗辑思维》很喜欢！都来听听吧（分享自@喜马拉雅FM）', url: null },
  ],
});
