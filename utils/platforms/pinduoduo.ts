import { definePlatform } from './define-platform';

/**
 * `pinduoduo://` is the app's scheme, and the app opens its H5 pages under it; the paths below
 * (`com.xunmeng.pinduoduo/<page>`) and the goods1/goods2 forms of the goods page are seen only in
 * unnamed public code, not in a named public file: these rules keep their first day.
 */
const untraced = {
  source:
    'WengYuehTing/url-scheme-collection README.md (pinduoduo://yangkeduo.com/search_result.html?search_key=); crasowas/scheme_go apps_data.json (pinduoduo://)',
  verified: '2026-11-24',
} as const;
/** Where the 【拼多多】 share-text marker was seen: not in a named public file either. */
const shareText = untraced;

export default definePlatform({
  id: 'pinduoduo',
  names: { en: 'Pinduoduo', zh: '拼多多' },
  domains: ['yangkeduo.com', 'pinduoduo.com'],
  shareText,
  markers: ['【拼多多】'],
  titles: ['corner-after'],
  schemes: [
    {
      names: ['pinduoduo'],
      routes: [
        {
          path: 'com.xunmeng.pinduoduo/goods_detail.html',
          query: { goods_id: '{id:digits}' },
          to: 'https://mobile.yangkeduo.com/goods.html?goods_id={id}',
        },
        {
          path: 'com.xunmeng.pinduoduo/goods{n:digits:0-1}.html',
          query: { goods_id: '{id:digits}' },
          to: 'https://mobile.yangkeduo.com/goods.html?goods_id={id}',
        },
        {
          path: 'com.xunmeng.pinduoduo/{p:segment}',
          rawQuery: '{q:rest}',
          to: 'https://mobile.yangkeduo.com/{p}?{q}',
        },
        { path: 'com.xunmeng.pinduoduo/{p:segment}', to: 'https://mobile.yangkeduo.com/{p}' },
      ],
      ...untraced,
    },
  ],
  canonical: [
    {
      hosts: ['mobile.yangkeduo.com'],
      path: '/goods{n:digits:0-1}.html',
      query: { goods_id: '{id:digits}' },
      to: 'https://mobile.yangkeduo.com/goods.html?goods_id={id}',
      note: 'goods1.html and goods2.html as forms of goods.html are not traced to a named public file.',
      ...untraced,
    },
  ],
  payments: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      note: 'Long-standing option (Tencent is a PDD shareholder).',
      confidence: 'high',
      sources: [
        {
          text: 'KrASIA 2020-12',
          url: 'https://kr-asia.com/pinduoduo-unveils-payment-service-duoduo-pay-for-its-731-million-users',
        },
        { text: 'SCMP 2024-09 (article 3277374)' },
      ],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      note: "'Pinduoduo has long incorporated both WeChat Pay and Alipay'.",
      confidence: 'high',
      sources: [
        { text: 'SCMP 2024-09 (article 3277374)' },
        {
          text: 'KrASIA 2020-12',
          url: 'https://kr-asia.com/pinduoduo-unveils-payment-service-duoduo-pay-for-its-731-million-users',
        },
      ],
    },
    {
      method: 'duoduo_pay',
      status: 'supported',
      since: '2020-12',
      note: 'Duoduo Pay / Duoduo Wallet appeared in payment list Dec 2020 (reported launch 2020-12-10); needs real-name + bank card.',
      confidence: 'high',
      sources: [
        {
          text: 'ChinaTechNews 2020-12-14',
          url: 'https://www.chinatechnews.com/2020/12/14/26984-pinduoduo-launched-duoduo-wallet',
        },
        {
          text: 'KrASIA 2020-12',
          url: 'https://kr-asia.com/pinduoduo-unveils-payment-service-duoduo-pay-for-its-731-million-users',
        },
      ],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      note: 'Chinese bank cards / UnionPay (third-party guide).',
      confidence: 'low',
      sources: [
        {
          text: 'alitariffs.com guide (undated, third-party)',
          url: 'https://alitariffs.com/guides/pinduoduo-payment-options',
        },
      ],
    },
    {
      method: 'intl_cards',
      status: 'unsupported',
      since: null,
      note: 'Foreign-issued cards fail at checkout per third-party guide.',
      confidence: 'low',
      sources: [
        {
          text: 'alitariffs.com guide (undated, third-party)',
          url: 'https://alitariffs.com/guides/pinduoduo-payment-options',
        },
      ],
    },
    {
      method: 'ecny',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
  ],
  sources: [untraced.source],
  examples: [
    {
      input: 'pinduoduo://com.xunmeng.pinduoduo/mall_page.html?mall_id=256402000',
      url: 'https://mobile.yangkeduo.com/mall_page.html?mall_id=256402000',
    },
    {
      input: 'https://mobile.yangkeduo.com/goods.html?goods_id=74058586702&amp;page_from=401',
      url: 'https://mobile.yangkeduo.com/goods.html?goods_id=74058586702',
    },
    {
      input: 'https://mobile.yangkeduo.com/goods2.html?ps=LVQqM9Zj5g',
      url: 'https://mobile.yangkeduo.com/goods2.html?ps=LVQqM9Zj5g',
    },
  ],
});
