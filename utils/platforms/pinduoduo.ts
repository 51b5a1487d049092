import { definePlatform } from './define-platform';

const research =
  'Unwall share-text research (sharetext.md §1, §3): url-scheme collections, PDD scraper notes';

export default definePlatform({
  id: 'pinduoduo',
  names: { en: 'Pinduoduo', zh: '拼多多' },
  domains: ['yangkeduo.com', 'pinduoduo.com'],
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
      source: research,
    },
  ],
  canonical: [
    {
      hosts: ['mobile.yangkeduo.com'],
      path: '/goods{n:digits:0-1}.html',
      query: { goods_id: '{id:digits}' },
      to: 'https://mobile.yangkeduo.com/goods.html?goods_id={id}',
    },
  ],
  sources: [research],
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
