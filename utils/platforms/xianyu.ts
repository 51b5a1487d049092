import { definePlatform } from './define-platform';

const research = 'Unwall share-text research (sharetext.md §1): Xianyu share texts and fleamarket:// routes';

export default definePlatform({
  id: 'xianyu',
  names: { en: 'Xianyu (Idle Fish)', zh: '闲鱼' },
  domains: ['goofish.com', '2.taobao.com'],
  shortDomains: ['m.tb.cn'],
  markers: ['【闲鱼】', '这是我的闲鱼号'],
  titles: ['corner-after'],
  schemes: [
    {
      names: ['fleamarket'],
      routes: [
        { path: 'item', query: { id: '{id:digits}' }, to: 'https://www.goofish.com/item?id={id}' },
        { query: { h5Url: '{u:url}' }, to: '{u}' },
      ],
      source: research,
    },
  ],
  sources: [research],
  examples: [
    {
      input:
        '【闲鱼】https://m.tb.cn/h.h65BpPI?tk=ONDh4aqEBix HU108 「我在闲鱼发布了【Excel报表匹配处理系统激活码】」',
      url: 'https://m.tb.cn/h.h65BpPI?tk=ONDh4aqEBix',
      title: '我在闲鱼发布了【Excel报表匹配处理系统激活码】',
      token: 'ONDh4aqEBix',
    },
    { input: 'fleamarket://item?id=1000811249803', url: 'https://www.goofish.com/item?id=1000811249803' },
    { input: '【闲鱼】638706（验证码，请勿告诉他人）', url: null },
  ],
});
