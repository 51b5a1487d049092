import { definePlatform } from './define-platform';

/**
 * The app's book share: `推荐一本好书《<book>》 <changdunovel.com/wap/share-v2.html?…book_id=…>`, the
 * link carrying a `zlink.fqnovel.com` app link in its query; the short form is
 * `changdunovel.com/t/<code>/`. `推荐一本好书` could be any app's words, so there is no marker: the
 * host and the book's name in 《》 make it a share text. The site's book pages are `fanqienovel.com/page/<id>`.
 */
const shareText = {
  source:
    'https://github.com/zhongbai2333/Tomato-Novel-Downloader/issues/5; https://github.com/zhongbai2333/Tomato-Novel-Downloader/issues/314; https://github.com/ying-ck/fanqienovel-downloader/issues/26',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'fanqie',
  names: { en: 'Fanqie Novel', zh: '番茄小说' },
  domains: ['fanqienovel.com'],
  shortDomains: ['changdunovel.com', 'fqnovel.com'],
  titles: ['book-before'],
  shareText,
  sources: [shareText.source, 'https://github.com/imzlh/denovel/issues/6'],
  examples: [
    {
      input:
        '推荐一本好书《诡异复苏！变成小萝莉的我超强》 https://changdunovel.com/wap/share-v2.html?aid=1967&book_id=7358826820076047422&share_type=0&share_code=eusrwCnPsLlJrVm9xdW4GrL8oJKoRH4Fc3orJXkQQB0=&uid=48e94f62510b81a008760987d3815253&share_id=NUjaiZwVrpDwC3Varh40EThrOxvaMvRoCO-Xz62eAl0=&use_open_launch_app=1&user_id=5872d0d2fa189b727a2f76537aa94a7a&did=48e94f62510b81a008760987d3815253&entrance=reader_paragraph_fold&zlink=https%3A%2F%2Fzlink.fqnovel.com%2FdhVGe&gd_label=click_schema_lhft_share_novelapp_ios&type=book&share_token=4B87CD6C-E851-4464-9D8C-250329EDF686&share_channel=sys_share',
      url: 'https://changdunovel.com/wap/share-v2.html?aid=1967&book_id=7358826820076047422&share_type=0&share_code=eusrwCnPsLlJrVm9xdW4GrL8oJKoRH4Fc3orJXkQQB0=&uid=48e94f62510b81a008760987d3815253&share_id=NUjaiZwVrpDwC3Varh40EThrOxvaMvRoCO-Xz62eAl0=&use_open_launch_app=1&user_id=5872d0d2fa189b727a2f76537aa94a7a&did=48e94f62510b81a008760987d3815253&entrance=reader_paragraph_fold&zlink=https%3A%2F%2Fzlink.fqnovel.com%2FdhVGe&gd_label=click_schema_lhft_share_novelapp_ios&type=book&share_token=4B87CD6C-E851-4464-9D8C-250329EDF686&share_channel=sys_share',
      title: '诡异复苏！变成小萝莉的我超强',
      kind: 'share',
    },
    { input: 'https://changdunovel.com/t/It69fqrFrLM/', url: 'https://changdunovel.com/t/It69fqrFrLM/' },
    {
      input: 'https://fanqienovel.com/page/7047413630173711368',
      url: 'https://fanqienovel.com/page/7047413630173711368',
    },
    { input: '推荐一本好书《诡异复苏！变成小萝莉的我超强》', url: null },
  ],
});
