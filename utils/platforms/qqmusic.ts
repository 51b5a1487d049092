import { definePlatform } from './define-platform';

/**
 * Known for its web domain. It must stand before `qq` in the
 * registry to win y.qq.com.
 *
 * The app's share text: `<singer>《<song>》 <c6.y.qq.com/base/fcgi-bin/u?__=…> @QQ音乐`, the link a
 * short link on a subdomain of y.qq.com.
 */
const shareText = {
  source: 'zhiyu1998/rconsole-plugin apps/tools.js (qqMusic, case 1)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'qqmusic',
  names: { en: 'QQ Music', zh: 'QQ音乐' },
  domains: ['y.qq.com'],
  markers: ['@QQ音乐'],
  titles: ['book-before'],
  shareText,
  sources: ['https://y.qq.com/'],
  examples: [
    { input: 'https://y.qq.com/', url: 'https://y.qq.com/' },
    { input: 'QQ音乐 的网页版', url: null },
    {
      input:
        'Taylor Swift/Bleachers《Anti-Hero (Feat. Bleachers) (Explicit)》 https://c6.y.qq.com/base/fcgi-bin/u?__=lg19lFgQerbo @QQ音乐',
      url: 'https://c6.y.qq.com/base/fcgi-bin/u?__=lg19lFgQerbo',
      title: 'Anti-Hero (Feat. Bleachers) (Explicit)',
    },
    { input: '周杰伦《晴天》 @QQ音乐', url: null },
  ],
});
