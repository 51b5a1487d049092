import { definePlatform } from './define-platform';

const verified = '2026-12-01';

/** The app shares bare links to its mobile site; no share-text wording was found in public sources. */
const links =
  'qaiu/netdisk-fast-download parser/src/main/java/cn/qaiu/parser/PanDomainTemplate.java; https://github.com/59799517/simple_sq_music_plus/issues/84';

export default definePlatform({
  id: 'kuwo',
  names: { en: 'Kuwo Music', zh: '酷我音乐' },
  domains: ['kuwo.cn'],
  canonical: [
    {
      // The mobile song page and the web one share the song's id.
      hosts: ['m.kuwo.cn'],
      path: '/newh5app/play_detail/{id:digits}',
      to: 'https://kuwo.cn/play_detail/{id}',
      source: 'qaiu/netdisk-fast-download parser/src/main/java/cn/qaiu/parser/PanDomainTemplate.java',
      verified,
    },
  ],
  sources: [links],
  examples: [
    {
      input: 'https://m.kuwo.cn/newh5app/play_detail/318448522',
      url: 'https://kuwo.cn/play_detail/318448522',
    },
    {
      input: 'https://m.kuwo.cn/newh5app/playlist_detail/3081953897?t=plantform&from=ar',
      url: 'https://m.kuwo.cn/newh5app/playlist_detail/3081953897?t=plantform&from=ar',
    },
    { input: 'https://kuwo.cn/play_detail/395500809', url: 'https://kuwo.cn/play_detail/395500809' },
  ],
});
