import { definePlatform } from './define-platform';

/**
 * Tencent's karaoke app (全民K歌, WeSing abroad), known for its web hosts: a shared work opens on
 * node.kg.qq.com or kg2.qq.com. No share-text wording was found in public sources. It stands before
 * `qq` in the registry to own its hosts under qq.com.
 */
const links =
  'https://github.com/DIYgod/RSSHub/issues/3971; https://github.com/soimort/you-get/pull/1755; https://github.com/soimort/you-get/issues/1754';

export default definePlatform({
  id: 'wesing',
  names: { en: 'WeSing', zh: '全民K歌' },
  domains: ['kg.qq.com', 'kg2.qq.com'],
  sources: [links],
  examples: [
    {
      input: 'https://node.kg.qq.com/play?s=OhXHMdO1VxLWQOOm',
      url: 'https://node.kg.qq.com/play?s=OhXHMdO1VxLWQOOm',
    },
    {
      input: 'http://kg2.qq.com/share.html?s=qqJuE9qtVgx1IqzS',
      url: 'https://kg2.qq.com/share.html?s=qqJuE9qtVgx1IqzS',
    },
  ],
});
