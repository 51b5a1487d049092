import { definePlatform } from './define-platform';

const verified = '2026-12-01';

/** Song and playlist shares: `《title》@汽水音乐 <link>` or `歌单｜title <link> @汽水音乐`. */
const shareText =
  'https://github.com/jitwxs/163MusicLyrics/pull/278; https://github.com/Bistutu/GoMusic/issues/20';

/**
 * Qishui (Soda Music), ByteDance's music app. Its share host sits under douyin.com, so this file
 * stands before Douyin in the registry to own it.
 */
export default definePlatform({
  id: 'qishui',
  names: { en: 'Soda Music', zh: '汽水音乐' },
  domains: ['qishui.douyin.com', 'qishui.com'],
  markers: ['@汽水音乐'],
  titles: ['book-before'],
  shareText: { source: shareText, verified },
  sources: [shareText, 'https://github.com/SaKongA/PopDownloader/issues/7'],
  examples: [
    {
      input: '《矛盾》@汽水音乐 https://qishui.douyin.com/s/imfkVHXh/',
      url: 'https://qishui.douyin.com/s/imfkVHXh/',
      title: '矛盾',
    },
    {
      input: '歌单｜日语经典 https://qishui.douyin.com/s/iAA9MFsL/ @汽水音乐',
      url: 'https://qishui.douyin.com/s/iAA9MFsL/',
    },
    { input: '在汽水音乐听歌 @汽水音乐', url: null },
  ],
});
