import { definePlatform } from './define-platform';

const research =
  'Unwall share-text research (sharetext.md §1, §3): imeituan:// web container, dpurl.cn APK notes';

export default definePlatform({
  id: 'meituan',
  names: { en: 'Meituan', zh: '美团' },
  domains: ['meituan.com', 'maoyan.com'],
  shortDomains: ['dpurl.cn'],
  markers: ['【美团】', '美团外卖红包'],
  schemes: [
    {
      names: ['imeituan'],
      routes: [
        { path: 'www.meituan.com/web', query: { url: '{u:url}' }, to: '{u}' },
        { path: 'www.meituan.com/search', to: null },
      ],
      source: research,
    },
    { names: ['meituanwaimai'], routes: [{ path: '{p:rest}', to: null }], source: research },
  ],
  sources: [research],
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
