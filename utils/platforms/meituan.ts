import { definePlatform } from './define-platform';

/** The apps' schemes: `imeituan://www.meituan.com/search?q=` and `meituanwaimai://…` open app pages only. */
const scheme = {
  source:
    'WengYuehTing/url-scheme-collection README.md (imeituan://www.meituan.com/search?q=, meituanwaimai://waimai.meituan.com/search?query=)',
  verified: '2026-12-01',
} as const;
/**
 * Not traced to a named public file: `imeituan://www.meituan.com/web?url=` (the app's web container)
 * and the share texts (【美团】…dpurl.cn/…) are seen only in unnamed public code; they keep their first day.
 */
const untraced = { source: scheme.source, verified: '2026-11-24' } as const;
const shareText = untraced;

export default definePlatform({
  id: 'meituan',
  names: { en: 'Meituan', zh: '美团' },
  domains: ['meituan.com', 'maoyan.com'],
  shortDomains: ['dpurl.cn'],
  shareText,
  markers: ['【美团】', '美团外卖红包'],
  schemes: [
    {
      names: ['imeituan'],
      routes: [
        {
          path: 'www.meituan.com/web',
          query: { url: '{u:url}' },
          to: '{u}',
          note: 'The web container is not traced to a named public file.',
          ...untraced,
        },
        { path: 'www.meituan.com/search', to: null },
      ],
      ...scheme,
    },
    { names: ['meituanwaimai'], routes: [{ path: '{p:rest}', to: null }], ...scheme },
  ],
  sources: [scheme.source],
  examples: [
    {
      input: 'imeituan://www.meituan.com/web?url=https%3A%2F%2Fm.maoyan.com%2Fstore',
      url: 'https://m.maoyan.com/store',
    },
    {
      input: 'imeituan://www.meituan.com/web?url=http://i.meituan.com/firework/ox1491533539',
      url: 'https://i.meituan.com/firework/ox1491533539',
    },
    {
      input: '【美团】您预约的服务详情请在到店前打开该链接： dpurl.cn/oCBbuVJz。',
      url: 'https://dpurl.cn/oCBbuVJz',
    },
    { input: 'imeituan://www.meituan.com/search?q=%E7%81%AB%E9%94%85', url: null },
  ],
});
