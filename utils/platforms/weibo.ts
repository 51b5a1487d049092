import { definePlatform } from './define-platform';

const research = 'Unwall share-text research (sharetext.md §1, §3): weibo share and scheme parsers';
const redirects =
  'Unwall redirect research (redirects.json): maomao1996/tampermonkey-scripts, OldPanda/Open-the-F-king-URL-Right-Now';

export default definePlatform({
  id: 'weibo',
  names: { en: 'Weibo', zh: '微博' },
  domains: ['weibo.com', 'weibo.cn', 'sina.cn'],
  shortDomains: ['t.cn'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['weibo.cn'],
      path: '/sinaurl',
      query: { u: '{u:url}' },
      to: '{u}',
      source: redirects,
    },
    {
      kind: 'interstitial',
      hosts: ['weibo.cn'],
      path: '/sinaurl',
      query: { toasturl: '{u:url}' },
      to: '{u}',
      source: redirects,
    },
    {
      kind: 'interstitial',
      hosts: ['weibo.cn'],
      path: '/sinaurl',
      query: { goto: '{u:url}' },
      to: '{u}',
      source: redirects,
    },
    {
      kind: 'interstitial',
      hosts: ['weibo.com'],
      path: '/sinaurl',
      query: { u: '{u:url}' },
      to: '{u}',
      note: 'The same notice on weibo.com (the peer matches weibo\\.(com|cn)\\/sinaurl\\?u=).',
      source: 'MerielVaren/remove-link-redirects remove-link-redirects.js',
    },
  ],
  schemes: [
    {
      names: ['sinaweibo'],
      routes: [
        { path: 'detail', query: { mblogid: '{id:digits}' }, to: 'https://m.weibo.cn/detail/{id}' },
        { path: 'detail', query: { mblogid: '{id:alnum}' }, to: 'https://m.weibo.cn/status/{id}' },
        { path: 'userinfo', query: { uid: '{uid:digits}' }, to: 'https://weibo.com/u/{uid}' },
      ],
      source: research,
    },
  ],
  canonical: [
    {
      hosts: ['share.api.weibo.cn'],
      path: '/share/{x:digits},{mid:digits}.html',
      to: 'https://m.weibo.cn/detail/{mid}',
    },
  ],
  payments: [
    {
      method: 'alipay',
      status: 'supported',
      since: '2014-01',
      note: "'Weibo Payment' built on Alipay account binding, launched with app v4.2 (2014-01-06/07).",
      confidence: 'medium',
      sources: [
        {
          text: 'TechNode 2014-01-07',
          url: 'https://technode.com/2014/01/07/sina-weibo-and-alipay-launches-weibo-payment/',
        },
      ],
    },
    {
      method: 'weibo_pay',
      status: 'supported',
      since: null,
      note: "Sina's own WeiboPay announced for April 2013.",
      confidence: 'low',
      sources: [
        {
          text: 'Reuters 2013-03-22',
          url: 'http://www.reuters.com/article/sina-onlinepayment-idUSL3N0CE5GP20130322',
        },
      ],
    },
    {
      method: 'wechat_pay',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
  ],
  sources: [research, redirects],
  pageInterstitials: [
    {
      // A t.cn link the server does not forward shows a landing page with its target in the page.
      hosts: ['t.cn'],
      path: '/{id:word}',
      selectors: ['#textline', '.open-url a', '.wrap .link'],
      // Weibo adds its own flag to the target on the way out.
      strip: ['continueFlag'],
      click: ['.open-url a', 'a.m-btn-orange'],
      warning: {
        markers: ['风险', '违规', '无法访问', '停止访问', '诈骗', '欺诈', '举报', '封禁'],
        verdict: 'unsafe',
        source:
          'maomao1996/tampermonkey-scripts remove-redirect weibo.com.ts (t.cn landing page); Unwall review: a page naming a risk is a warning',
      },
      source:
        'maomao1996/tampermonkey-scripts remove-redirect weibo.com.ts (#textline, .open-url a); PRO-2684/pURLfy-rules (.open-url a); oneNorth7/LinkHelper (a.m-btn-orange)',
    },
  ],
  examples: [
    { input: 'https://weibo.cn/sinaurl?u=https%3A%2F%2Fwww.freebsd.org%2F', url: 'https://www.freebsd.org/' },
    { input: 'sinaweibo://detail?mblogid=BvnNk2PwH', url: 'https://m.weibo.cn/status/BvnNk2PwH' },
    {
      input: 'https://share.api.weibo.cn/share/304950356,4767694689143828.html',
      url: 'https://m.weibo.cn/detail/4767694689143828',
    },
    { input: 'https://weibo.cn/sinaurl?u=data%3Atext%2Fhtml%2C%3Cscript%3E', url: null },
  ],
});
