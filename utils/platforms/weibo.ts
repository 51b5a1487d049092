import { definePlatform } from './define-platform';

const sinaurl = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json (u, toasturl); maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/weibo.com.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js; Leon406/jsdelivr js/tampermonkey/freeGo.user.js',
  verified: '2026-12-01',
} as const;
/** t.cn is Weibo's short link (`http://t.cn/A6c3ZAE1 -> https://m.weibo.cn/status/…`). */
const shareText = {
  source: 'danbooru/danbooru app/logical/source/url/weibo.rb',
  verified: '2026-12-01',
} as const;
/**
 * Web pages: m.weibo.cn/detail/<numeric id>, m.weibo.cn/status/<base62 id>, weibo.com/u/<uid>; the
 * app's sinaweibo://userinfo?uid=. The sinaweibo://detail?mblogid= form and share.api.weibo.cn pages
 * are seen only in unnamed public code: these rules keep their first day.
 */
const untraced = {
  source:
    'danbooru/danbooru app/logical/source/url/weibo.rb; WengYuehTing/url-scheme-collection README.md (sinaweibo://userinfo?uid={uid})',
  verified: '2026-11-24',
} as const;
/**
 * The t.cn landing page keeps its target in `.wrap .link` or `.open-url a`, its button is
 * `a.m-btn-orange`; `#textline` and Weibo's `continueFlag` are not traced to a named public file.
 */
const landing = {
  source:
    'OldPanda/Open-the-F-king-URL-Right-Now userscript.js (.wrap .link, .open-url); PRO-2684/pURLfy-rules shortener.json (.open-url a); oneNorth7/LinkHelper 链接助手.user.js (a.m-btn-orange)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'weibo',
  names: { en: 'Weibo', zh: '微博' },
  domains: ['weibo.com', 'weibo.cn', 'sina.cn'],
  shortDomains: ['t.cn'],
  shareText,
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['weibo.cn'],
      path: '/sinaurl',
      query: { u: '{u:url}' },
      to: '{u}',
      ...sinaurl,
    },
    {
      kind: 'interstitial',
      hosts: ['weibo.cn'],
      path: '/sinaurl',
      query: { toasturl: '{u:url}' },
      to: '{u}',
      ...sinaurl,
    },
    {
      kind: 'interstitial',
      hosts: ['weibo.cn'],
      path: '/sinaurl',
      query: { goto: '{u:url}' },
      to: '{u}',
      note: 'goto= is not traced to a named public file.',
      source: sinaurl.source,
      verified: '2026-11-24',
    },
    {
      kind: 'interstitial',
      hosts: ['weibo.com'],
      path: '/sinaurl',
      query: { u: '{u:url}' },
      to: '{u}',
      note: 'The same notice on weibo.com (the peer matches weibo\\.(com|cn)\\/sinaurl\\?u=).',
      source: 'MerielVaren/remove-link-redirects remove-link-redirects.js',
      verified: '2026-12-01',
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
      ...untraced,
    },
  ],
  // Only the user page: the one route the source writes out (`sinaweibo://userinfo?uid={uid}`).
  appLinks: [
    {
      hosts: ['weibo.com', 'www.weibo.com'],
      path: '/u/{uid:digits}',
      to: 'sinaweibo://userinfo?uid={uid}',
      ...untraced,
    },
  ],
  canonical: [
    {
      hosts: ['share.api.weibo.cn'],
      path: '/share/{x:digits},{mid:digits}.html',
      to: 'https://m.weibo.cn/detail/{mid}',
      note: 'share.api.weibo.cn/share/<x>,<mid>.html is not traced to a named public file.',
      ...untraced,
    },
  ],
  sources: [sinaurl.source, untraced.source],
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
        // No public source names the risk wording of this page: the nearest is the peer that reads it.
        source: 'OldPanda/Open-the-F-king-URL-Right-Now userscript.js (the t.cn landing page)',
      },
      ...landing,
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
    {
      input: 'https://weibo.com/u/1669879400',
      url: 'https://weibo.com/u/1669879400',
      appLink: 'sinaweibo://userinfo?uid=1669879400',
    },
  ],
});
