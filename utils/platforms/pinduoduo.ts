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
