import { definePlatform } from './define-platform';

/** Share links: xhslink.com/{a,m,o}/…, xhslink.cn; web notes on www.xiaohongshu.com/explore/<id> (with xsec_token). */
const shareText = {
  source:
    'fllesser/nonebot-plugin-parser tests/others/test_urls.md (http://xhslink.com/o/…); https://github.com/wuaishare/sharextract/issues/23 (xhslink.com / xhslink.cn); https://github.com/JoeanAmier/XHS-Downloader/issues/215; https://github.com/NEORUAA/XHS_Downloader_Android/issues/45 (进入【小红书】)',
  verified: '2026-12-01',
} as const;
/** `xhsdiscover://item/<note id>` and `xhsdiscover://user/<user id>`; their web pages are /explore/<id> and /user/profile/<id>. */
const scheme = {
  source:
    'https://mp.weixin.qq.com/s/XIAtuBI3RGfSUoUpL0s8dA (xhsdiscover://item/5f34197f000000000101e575, xhsdiscover://user/5f12d8cf0000000001004c15); WengYuehTing/url-scheme-collection README.md (xhsdiscover://user/{uid}); https://github.com/JoeanAmier/XHS-Downloader/issues/164 (explore/<id>); https://github.com/JoeanAmier/XHS-Downloader/issues/272 (user/profile/<id>)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'xiaohongshu',
  names: { en: 'Xiaohongshu (RED)', zh: '小红书' },
  appNames: ['Xiaohongshu', 'RED', 'rednote'],
  // rnote.com: RedNote's other web host, same paths (https://github.com/v2fly/domain-list-community/issues/4056).
  domains: ['xiaohongshu.com', 'rednote.com', 'rnote.com'],
  shortDomains: ['xhslink.com', 'xhslink.cn'],
  shareText,
  // The guide line changes from share to share (`复制文字，打开【小红书】，笔记立刻呈现~`); `进入【小红书】` is in
  // those that do not say 打开 (https://github.com/NEORUAA/XHS_Downloader_Android/issues/45).
  markers: ['打开【小红书】', '小红书 - 你的生活指南', '发布了一篇小红书笔记', '进入【小红书】'],
  titles: ['lenticular-before'],
  titleSuffixes: [' | 小红书 - 你的生活指南'],
  titleAuthorSeparator: ' - ',
  schemes: [
    {
      names: ['xhsdiscover'],
      routes: [
        { path: 'item/{id:hex:24}', to: 'https://www.xiaohongshu.com/explore/{id}' },
        { path: 'user/{id:hex:24}', to: 'https://www.xiaohongshu.com/user/profile/{id}' },
      ],
      ...scheme,
    },
  ],
  appLinks: [
    {
      hosts: ['www.xiaohongshu.com'],
      path: '/explore/{id:hex:24}',
      to: 'xhsdiscover://item/{id}',
      ...scheme,
    },
    {
      hosts: ['www.xiaohongshu.com'],
      path: '/user/profile/{id:hex:24}',
      to: 'xhsdiscover://user/{id}',
      ...scheme,
    },
  ],
  // RedNote serves the same pages at the same paths, `xsec_token` included; accounts registered
  // outside the mainland are sent there.
  mirrors: {
    main: 'www.xiaohongshu.com',
    hosts: [{ host: 'www.rednote.com', names: { en: 'RedNote', zh: 'RedNote' } }],
    source:
      'https://github.com/danbooru/danbooru/issues/6402; https://github.com/jackwener/OpenCLI/issues/1136; https://github.com/xpzouying/xiaohongshu-mcp/issues/579',
    verified: '2026-12-01',
  },
  sources: [shareText.source, scheme.source],
  examples: [
    {
      input:
        '❗️黑糖珍珠糍粑🍡糯叽叽的秋冬小甜品 天气渐... http://xhslink.com/o/5tOT2jNLmC0 \n复制后打开【小红书】查看笔记！',
      url: 'https://xhslink.com/o/5tOT2jNLmC0',
    },
    {
      input:
        '31 【我的澳洲醫生男友  - 黃奶油是博士奇 | 小红书 - 你的生活指南】 😆 rG3al4M69bcd82t 😆 https://www.xiaohongshu.com/discovery/item/642828fe000000001101397d?xsec_token=ABRFQvko_98iJTUa8RsRfhgu7TtYWTKKHqDQShd6Thgaw=',
      url: 'https://www.xiaohongshu.com/discovery/item/642828fe000000001101397d?xsec_token=ABRFQvko_98iJTUa8RsRfhgu7TtYWTKKHqDQShd6Thgaw=',
      title: '我的澳洲醫生男友',
    },
    {
      input: 'xhsdiscover://item/5f34197f000000000101e575',
      url: 'https://www.xiaohongshu.com/explore/5f34197f000000000101e575',
      appLink: 'xhsdiscover://item/5f34197f000000000101e575',
    },
    {
      input:
        '我现在理解了人的心脏为什么会被比喻成牡蛎 我们很少... http://xhslink.cn/o/5tNOqVGqSNG 复制文字，打开【小红书】，笔记立刻呈现~',
      url: 'https://xhslink.cn/o/5tNOqVGqSNG',
      kind: 'share',
    },
    {
      input: '动物园里有什么 https://xhslink.cn/o/5KzusbuORfg \n复制这段话，进入【小红书】就能找到笔记。',
      url: 'https://xhslink.cn/o/5KzusbuORfg',
      kind: 'share',
    },
    {
      input: 'https://www.rednote.com/user/profile/619253540000000010006899',
      url: 'https://www.rednote.com/user/profile/619253540000000010006899',
    },
    {
      input: 'https://www.rnote.com/user/profile/64e850f0000000000100d185',
      url: 'https://www.rnote.com/user/profile/64e850f0000000000100d185',
    },
    { input: 'http://xhslink[.]com/o/7fp0jbJ0uh', url: 'https://xhslink.com/o/7fp0jbJ0uh' },
    { input: 'xhslink.com/', url: null },
    {
      input: 'https://www.xiaohongshu.com/explore/5f34197f000000000101e575',
      url: 'https://www.xiaohongshu.com/explore/5f34197f000000000101e575',
      appLink: 'xhsdiscover://item/5f34197f000000000101e575',
    },
    {
      input: 'https://www.xiaohongshu.com/user/profile/5f12d8cf0000000001004c15',
      url: 'https://www.xiaohongshu.com/user/profile/5f12d8cf0000000001004c15',
      appLink: 'xhsdiscover://user/5f12d8cf0000000001004c15',
    },
  ],
});
