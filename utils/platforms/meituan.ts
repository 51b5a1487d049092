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
  payments: [
    {
      method: 'meituan_pay',
      status: 'supported',
      since: '2020-05',
      note: "Meituan Pay; 'Meituan Monthly Pay' (buy now pay next month) launched 2020-05-29.",
      confidence: 'high',
      sources: [
        {
          text: 'TechNode 2020-07-30',
          url: 'https://technode.com/2020/07/30/meituan-blocks-payment-via-alipay-as-rivalry-intensifies/',
        },
        { text: 'Pandaily/Tech Planet 2020-07' },
      ],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      note: 'Listed option (2020).',
      confidence: 'high',
      sources: [
        {
          text: 'TechNode 2020-07-30',
          url: 'https://technode.com/2020/07/30/meituan-blocks-payment-via-alipay-as-rivalry-intensifies/',
        },
        { text: 'Chinanews 2020-07-31' },
      ],
    },
    {
      method: 'apple_pay',
      status: 'supported',
      since: null,
      note: 'Listed option (2020).',
      confidence: 'medium',
      sources: [
        {
          text: 'TechNode 2020-07-30',
          url: 'https://technode.com/2020/07/30/meituan-blocks-payment-via-alipay-as-rivalry-intensifies/',
        },
        { text: 'Pandaily/Tech Planet 2020-07' },
      ],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      note: 'Bank-card payment (Chinese banks) listed (2020).',
      confidence: 'medium',
      sources: [
        {
          text: 'TechNode 2020-07-30',
          url: 'https://technode.com/2020/07/30/meituan-blocks-payment-via-alipay-as-rivalry-intensifies/',
        },
      ],
    },
    {
      method: 'alipay',
      status: 'partial',
      since: null,
      note: "Hidden for some users from 2020-07-29 (also blocked in 2016 and 2018); for others folded/last in list. As of 2024-09 Alipay on Meituan needed 'one more click' than other methods. Meituan mini-programs inside Alipay: power bank/ordering (2023-06), takeaway & hotel (2024-09-04).",
      confidence: 'medium',
      sources: [
        {
          text: 'TechNode 2020-07-30',
          url: 'https://technode.com/2020/07/30/meituan-blocks-payment-via-alipay-as-rivalry-intensifies/',
        },
        { text: 'Chinanews 2020-07-31' },
        { text: 'Pandaily/Tech Planet 2020-07' },
        { text: 'Beijing Daily 2024-09-05' },
      ],
    },
    {
      method: 'ecny',
      status: 'supported',
      since: '2022-01',
      note: 'Bike-sharing e-CNY trial from 2021-09-09; food delivery from Jan 2022 (after e-CNY app opened); 200+ offline merchant types Jan 2022; pilot cities.',
      confidence: 'high',
      sources: [
        {
          text: 'Dao Insights 2021-09',
          url: 'https://daoinsights.com/news/meituan-trials-digital-rmb-and-rolls-out-across-china',
        },
        {
          text: 'Forkast.News 2022-01',
          url: 'https://forkast.news/chinese-food-delivery-meituan-accepts-ecny',
        },
        {
          text: 'SCMP 2022-01',
          url: 'https://www.scmp.com/tech/tech-trends/article/3164796/chinas-digital-currency-meituan-expands-e-cny-payments-offline',
        },
      ],
    },
    {
      method: 'intl_cards',
      status: 'unknown',
      since: null,
      note: 'Third-party pages contradict each other; no official statement found.',
      confidence: 'none',
      sources: [],
    },
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
