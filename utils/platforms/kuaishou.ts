import { definePlatform } from './define-platform';

const schemeDoc = { source: 'WengYuehTing/url-scheme-collection README.md', verified: '2026-12-01' } as const;
const photoPages = {
  source:
    'fllesser/nonebot-plugin-parser src/nonebot_plugin_parser/parsers/kuaishou/__init__.py (chenzhongtech.com/fw/photo/<id>, kuaishou.com/short-video/<id>); https://github.com/dropod/issues/issues/21088 (c.kuaishou.com/fw/photo/<id>?photoId=<id>)',
  verified: '2026-12-01',
} as const;

/**
 * The app's share text: `<caption> <v.kuaishou.com/…> 复制此消息，打开【快手】直接观看！` (iOS puts the link
 * first, `…点击链接，打开【快手】直接观看！`; older texts say `打开【快手App】`), or `<author> 发了一个快手作品，
 * 一起来看！<link> 复制此消息…`.
 */
const shareText = {
  source:
    'https://github.com/moyada/stealer/issues/64; https://github.com/moyada/stealer/issues/129; mayooot/nowatermark nowatermark/src/test/java/com/oootmay/nowatermark/test/ParseTest.java; mwbGit/video-watermark src/main/java/com/harry/videowatermark/common/TextUtil.java',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'kuaishou',
  names: { en: 'Kuaishou', zh: '快手' },
  domains: ['kuaishou.com', 'kuaishouapp.com', 'chenzhongtech.com', 'gifshow.com'],
  markers: ['打开【快手】', '打开【快手App】', '发了一个快手作品'],
  shareText,
  schemes: [
    {
      names: ['kwai'],
      routes: [
        { path: 'webview', query: { url: '{u:url}' }, to: '{u}' },
        { path: 'work/{id:rest}', to: null, note: 'app ids differ from web ids' },
        { path: 'profile/{id:rest}', to: null },
      ],
      ...schemeDoc,
    },
  ],
  canonical: [
    {
      hosts: ['v.m.chenzhongtech.com', 'c.kuaishou.com'],
      path: '/fw/photo/{id:word}',
      to: 'https://www.kuaishou.com/short-video/{id}',
      ...photoPages,
    },
  ],
  sources: [schemeDoc.source, photoPages.source, 'https://github.com/moyada/stealer/issues/64'],
  examples: [
    {
      input:
        '我说我不做 非要让我做 做完还埋汰我🙄 https://v.kuaishou.com/bQ30Bb 复制此消息，打开【快手】直接观看！',
      url: 'https://v.kuaishou.com/bQ30Bb',
    },
    {
      input: 'https://v.m.chenzhongtech.com/fw/photo/3xqbgg5rrpui69c',
      url: 'https://www.kuaishou.com/short-video/3xqbgg5rrpui69c',
    },
    { input: 'kwai://work/5234567890123', url: null },
    {
      input:
        'https://v.kuaishou.com/13x0B9e 致敬中国的英雄‘钱学森’ "快嘴唠唠片 "钱学森 "传记片 "国产片    点击链接，打开【快手】直接观看！',
      url: 'https://v.kuaishou.com/13x0B9e',
    },
    {
      input:
        '@易梦玲.* 发了一个快手作品，一起来看！https://v.kuaishou.com/gjlD4V 复制此消息，打开【快手】直接观看！',
      url: 'https://v.kuaishou.com/gjlD4V',
    },
    {
      input:
        '王者荣耀：暴躁程序员还能变身？典韦星元上新！ #王者荣耀 #小妲己的爆料时间 https://v.kuaishou.com/5jFrsH 复制此链接，打开【快手App】直接观看！',
      url: 'https://v.kuaishou.com/5jFrsH',
    },
  ],
});
