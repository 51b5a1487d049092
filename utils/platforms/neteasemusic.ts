import { definePlatform } from './define-platform';

/** Known for its web domains; no app-link format is documented. */
export default definePlatform({
  id: 'neteasemusic',
  names: { en: 'NetEase Cloud Music', zh: '网易云音乐' },
  domains: ['music.163.com'],
  // Song, playlist and room shares end with the app's signature; short links went from 163cn.tv to
  // 163cn.link in app 9.2.10.
  shortDomains: ['163cn.tv', '163cn.link'],
  markers: ['(来自@网易云音乐)', '(@网易云音乐)'],
  titles: ['book-before'],
  shareText: {
    source:
      'lhlyu/163music parse_test.go; https://github.com/Suxiaoqinx/Netease_url/issues/60; https://github.com/XiaoMengXinX/Music163bot-Go/issues/28; Lemonawa/music163bot-rust README.md',
    verified: '2026-12-01',
  },
  sources: ['https://music.163.com/'],
  examples: [
    {
      input: '分享Lil Peep/KirbLaGoop的单曲《red drop shawty》: http://163cn.tv/MrEle0 (来自@网易云音乐)',
      url: 'https://163cn.tv/MrEle0',
      title: 'red drop shawty',
    },
    {
      input:
        '分享Seto的单曲《愛？》https://y.music.163.com/m/song?app_version=8.8.31&id=1965902593&uct=xXUJLXWiMjHXhRV8QVZH8w%3D%3D&dlt=0846 (@网易云音乐)',
      url: 'https://y.music.163.com/m/song?app_version=8.8.31&id=1965902593&uct=xXUJLXWiMjHXhRV8QVZH8w%3D%3D&dlt=0846',
      title: '愛？',
    },
    {
      input: '分享歌单: 惩片喜欢的音乐 https://163cn.tv/VVDV6lG (@网易云音乐)',
      url: 'https://163cn.tv/VVDV6lG',
    },
    { input: 'https://music.163.com/', url: 'https://music.163.com/' },
    { input: '网易云音乐 的网页版', url: null },
  ],
});
