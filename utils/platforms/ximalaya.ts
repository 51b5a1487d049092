import { definePlatform } from './define-platform';

/**
 * Known for its web hosts: the app shares mobile `selfshare` pages. Its `xima.tv` short links and
 * share wording were seen only in files whose repository could not be named, so they are not listed.
 */
const links =
  'https://github.com/sld272/Ximalaya-Downloader/issues/41; yt-dlp/yt-dlp yt_dlp/extractor/ximalaya.py';

export default definePlatform({
  id: 'ximalaya',
  names: { en: 'Ximalaya', zh: '喜马拉雅' },
  domains: ['ximalaya.com'],
  sources: [links],
  examples: [
    {
      input:
        'https://m.ximalaya.com/selfshare/album/56206086?uid=140986368&shrdv=e8d4322a-2789-374f-983a-ab0054d0ead5&shrh5=android&shrid=18e2c16d427152fd&shrdh=1&shrpid=18e2c16d4277c33&srcType=6&subType=1010&srcId=56206086',
      url: 'https://m.ximalaya.com/selfshare/album/56206086?uid=140986368&shrdv=e8d4322a-2789-374f-983a-ab0054d0ead5&shrh5=android&shrid=18e2c16d427152fd&shrdh=1&shrpid=18e2c16d4277c33&srcType=6&subType=1010&srcId=56206086',
    },
    { input: 'http://www.ximalaya.com/sound/47740352/', url: 'https://www.ximalaya.com/sound/47740352/' },
  ],
});
