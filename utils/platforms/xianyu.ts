import { definePlatform } from './define-platform';

/** Xianyu shares through Taobao's short links (m.tb.cn/h.…); its share texts open with 【闲鱼】. */
const shareText = {
  source:
    'https://github.com/wujunwei928/parse-video-py/issues/56 (闲鱼 https://m.tb.cn/h.SOSwjRC); https://github.com/RuPingCen/ultrasonic-ros/blob/5c263634574c57713198eb5bf933dddff6247cd4/README.md (我在闲鱼发布了)',
  verified: '2026-12-01',
} as const;
/** The app's own item links are `fleamarket://item?id=…` (its feed's redirectUrl). */
const scheme = {
  source: 'aproducer/grd-pro mock/goodsData.js (redirectUrl: fleamarket://item?id=590240548641)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'xianyu',
  names: { en: 'Xianyu (Idle Fish)', zh: '闲鱼' },
  domains: ['goofish.com', '2.taobao.com'],
  shortDomains: ['m.tb.cn'],
  shareText,
  // `我在闲鱼发布了`: older texts carry no 【闲鱼】 and share Taobao's m.tb.cn, so without it they pass for
  // Taobao's (https://github.com/RuPingCen/ultrasonic-ros/blob/5c263634574c57713198eb5bf933dddff6247cd4/README.md).
  markers: ['【闲鱼】', '这是我的闲鱼号', '我在闲鱼发布了'],
  // Those older texts keep the item's title in 【】 after the link.
  titles: ['corner-after', 'lenticular-after'],
  schemes: [
    {
      names: ['fleamarket'],
      routes: [
        { path: 'item', query: { id: '{id:digits}' }, to: 'https://www.goofish.com/item?id={id}' },
        {
          query: { h5Url: '{u:url}' },
          to: '{u}',
          note: 'fleamarket:// with h5Url= is not traced to a named public file.',
          source: scheme.source,
          verified: '2026-11-24',
        },
      ],
      ...scheme,
    },
  ],
  appLinks: [
    {
      hosts: ['www.goofish.com'],
      path: '/item',
      query: { id: '{id:digits}' },
      to: 'fleamarket://item?id={id}',
      ...scheme,
    },
  ],
  sources: [shareText.source, scheme.source],
  examples: [
    {
      input:
        '【闲鱼】https://m.tb.cn/h.h65BpPI?tk=ONDh4aqEBix HU108 「我在闲鱼发布了【Excel报表匹配处理系统激活码】」',
      url: 'https://m.tb.cn/h.h65BpPI?tk=ONDh4aqEBix',
      title: '我在闲鱼发布了【Excel报表匹配处理系统激活码】',
      token: 'ONDh4aqEBix',
    },
    {
      input:
        '**2€2fEGczlp8YJ€ https://m.tb.cn/h.4lw1yij  我在闲鱼发布了【该模块是一个开源超声波读取模块，并提供了配套的ROS节點，接】**',
      url: 'https://m.tb.cn/h.4lw1yij',
      title: '该模块是一个开源超声波读取模块，并提供了配套的ROS节點，接',
      token: '€2fEGczlp8YJ€',
      kind: 'share',
    },
    {
      input: 'fleamarket://item?id=1000811249803',
      url: 'https://www.goofish.com/item?id=1000811249803',
      appLink: 'fleamarket://item?id=1000811249803',
    },
    { input: '【闲鱼】638706（验证码，请勿告诉他人）', url: null },
    {
      input: 'https://www.goofish.com/item?id=590240548641',
      url: 'https://www.goofish.com/item?id=590240548641',
      appLink: 'fleamarket://item?id=590240548641',
    },
  ],
});
