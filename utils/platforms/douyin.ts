import { definePlatform } from './define-platform';

const schemeDoc = {
  source: 'WengYuehTing/url-scheme-collection README.md',
  verified: '2026-12-01',
} as const;
const shareLinks = {
  source: 'fllesser/nonebot-plugin-parser src/nonebot_plugin_parser/parsers/douyin/__init__.py',
  verified: '2026-12-01',
} as const;
/**
 * The app's code: two or three letters and `:/` after a space (`5.15 trR:/ 复制打开抖音…`, `… JVl:/`),
 * written whether or not the text keeps its link.
 */
const shareCode = {
  source:
    'https://github.com/Evil0ctal/Douyin_TikTok_Download_API/issues/75 (5.15 trR:/ 复制打开抖音，看看【…的作品】…); https://github.com/wujunwei928/parse-video/issues/39 (… 12/08 Q@K.Wm JVl:/); https://www.showdoc.com.cn/cigarette/7163503183342825 (8.2 nq:/, two letters)',
  verified: '2026-12-01',
} as const;
/** The iOS app's text may carry no link, its code 14 letters and digits between two `Э`. */
const iosCode = {
  source:
    'https://github.com/Evil0ctal/Douyin_TikTok_Download_API/issues/75 (1e--.:/ 复制打开抖音，看看【栗子熟了的作品】… ЭGaNlj6lqVQVFv8Э, from the iOS app)',
  verified: '2026-12-01',
} as const;
/** Douyin's web search takes the words in the path: `https://www.douyin.com/search/<encoded words>`. */
const search = 'SeeWorldBaby/douyin-hot-hub README.md';

export default definePlatform({
  id: 'douyin',
  names: { en: 'Douyin', zh: '抖音' },
  appNames: ['抖音商城', 'Dou音'],
  domains: ['douyin.com', 'iesdouyin.com', 'jinritemai.com'],
  markers: ['复制打开抖音', '打开抖音搜索', '打开Dou音搜索', '【抖音商城】'],
  shareText: {
    source:
      'kcarol1/linkding bookmarks/services/extension.py (复制打开抖音，看看【…的作品】); Johnserf-Seed/f2 docs/snippets/douyin/aweme-id.py (打开Dou音搜索); 打开抖音搜索 and 【抖音商城】 are seen in public share texts, no single file cited',
    verified: '2026-12-01',
  },
  titles: ['lenticular-before'],
  searchUrl: 'https://www.douyin.com/search/{title}',
  tokens: [
    { name: { en: 'Douyin share code', zh: '抖音口令' }, lengths: [2, 3], suffix: ':/', ...shareCode },
    {
      name: { en: 'Douyin share code', zh: '抖音口令' },
      lengths: [14],
      wrappers: ['Э'],
      mixedCase: true,
      needsMarker: true,
      ...iosCode,
    },
  ],
  schemes: [
    {
      names: ['snssdk1128'],
      routes: [
        { path: 'aweme/detail/{id:digits}', to: 'https://www.douyin.com/video/{id}' },
        { path: 'webview', query: { url: '{u:url}' }, to: '{u}' },
        { path: 'user/profile/{id:rest}', to: null, note: 'the web uses sec_uid, not this id' },
        { path: 'aweme/live/{id:rest}', to: null },
        { path: 'ec_goods_detail', to: null, note: 'No public file traced for this route.' },
      ],
      ...schemeDoc,
    },
  ],
  appLinks: [
    {
      hosts: ['www.douyin.com'],
      path: '/video/{id:digits}',
      to: 'snssdk1128://aweme/detail/{id}',
      ...schemeDoc,
    },
  ],
  canonical: [
    {
      hosts: ['www.iesdouyin.com', 'iesdouyin.com', 'm.douyin.com'],
      path: '/share/video/{id:digits}/**',
      to: 'https://www.douyin.com/video/{id}',
      ...shareLinks,
    },
    {
      hosts: ['www.iesdouyin.com', 'iesdouyin.com', 'm.douyin.com'],
      path: '/share/note/{id:digits}/**',
      to: 'https://www.douyin.com/note/{id}',
      ...shareLinks,
    },
    {
      hosts: ['jingxuan.douyin.com'],
      path: '/m/video/{id:digits}',
      to: 'https://www.douyin.com/video/{id}',
      ...shareLinks,
    },
    {
      hosts: ['www.douyin.com'],
      query: { modal_id: '{id:digits}' },
      to: 'https://www.douyin.com/video/{id}',
      source: 'Johnserf-Seed/f2 f2/apps/douyin/utils.py (AwemeIdFetcher: modal_id)',
      verified: '2026-12-01',
    },
  ],
  sources: [schemeDoc.source, shareLinks.source, 'kcarol1/linkding bookmarks/services/extension.py', search],
  examples: [
    {
      input:
        '3.30 复制打开抖音，看看【钱江晚报的作品】近日，萧山城河街一家复古老茶馆悄然走红。https://v.douyin.com/zhw_hrZ0E-c/ :3pm w@f.OX 04/21 PXm:/ 。',
      url: 'https://v.douyin.com/zhw_hrZ0E-c/',
    },
    {
      input: 'snssdk1128://aweme/detail/7574300896016862490',
      url: 'https://www.douyin.com/video/7574300896016862490',
      appLink: 'snssdk1128://aweme/detail/7574300896016862490',
    },
    {
      input: 'https://www.iesdouyin.com/share/video/7574300896016862490/?region=CN',
      url: 'https://www.douyin.com/video/7574300896016862490',
      appLink: 'snssdk1128://aweme/detail/7574300896016862490',
    },
    {
      input: 'https://www.douyin.com/jingxuan?modal_id=7574300896016862490',
      url: 'https://www.douyin.com/video/7574300896016862490',
      appLink: 'snssdk1128://aweme/detail/7574300896016862490',
    },
    { input: 'snssdk1128://user/profile/92514323808', url: null },
    { input: 'K@j.pd 05/09 Atr:/ 3@8.com :8pm', url: null },
    // Evil0ctal/Douyin_TikTok_Download_API issue 462: the link first, carrying the code and the title.
    {
      input:
        '8.99 复制打开抖音，看看【金三柜的作品】小猫捧脸杀，被迷晕了！ # 金三柜 # 小猫咪怼脸... https://v.douyin.com/iMoXSjnH/ OKj:/ P@x.sE 07/15',
      url: 'https://v.douyin.com/iMoXSjnH/',
      token: 'OKj:/',
      title: '金三柜的作品',
    },
    // Texts of issues 462 and 75 with their links taken out, as chat filters do (no public text that
    // lost its link was found): the code to copy, and Douyin's search for a title that stands before it.
    {
      input:
        '8.99 复制打开抖音，看看【金三柜的作品】小猫捧脸杀，被迷晕了！ # 金三柜 # 小猫咪怼脸... OKj:/ P@x.sE 07/15',
      url: 'https://www.douyin.com/search/%E9%87%91%E4%B8%89%E6%9F%9C%E7%9A%84%E4%BD%9C%E5%93%81',
      token: 'OKj:/',
      title: '金三柜的作品',
    },
    {
      input:
        '5.15 trR:/ 复制打开抖音，看看【栗子熟了的作品】只存在了38年的最强王朝# 隋朝 # 杨坚 # 杨广 # ...',
      url: null,
      token: 'trR:/',
    },
    // Issue 75 as the iOS app wrote it, without a link.
    {
      input:
        '1e--.:/ 复制打开抖音，看看【栗子熟了的作品】只存在了38年的最强王朝# 隋朝 # 杨坚 # 杨... ЭGaNlj6lqVQVFv8Э',
      url: 'https://www.douyin.com/search/%E6%A0%97%E5%AD%90%E7%86%9F%E4%BA%86%E7%9A%84%E4%BD%9C%E5%93%81',
      token: 'ЭGaNlj6lqVQVFv8Э',
      title: '栗子熟了的作品',
    },
    {
      input: 'https://www.douyin.com/video/7574300896016862490',
      url: 'https://www.douyin.com/video/7574300896016862490',
      appLink: 'snssdk1128://aweme/detail/7574300896016862490',
    },
  ],
});
