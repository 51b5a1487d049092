import { definePlatform } from './define-platform';

const research = 'Unwall share-text research (sharetext.md §1): mini-program share texts, weixin:// tickets';
/** WeChat's Short Link: the whole `#小程序://名称/[页面/]代码` text is what WeChat opens, so all of it is copied. */
const shortLink =
  'https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/shortlink.html (generated Short Link: #小程序://小程序示例/示例页面/9pZvnVw3KMCQpVp, opened inside WeChat)';
const redirects =
  'Unwall redirect research (redirects.json): maomao1996/tampermonkey-scripts qq.com.ts, zqzess weixin110.js';

export default definePlatform({
  id: 'wechat',
  names: { en: 'WeChat', zh: '微信' },
  domains: ['weixin.qq.com', 'wechat.com'],
  windowOpenHosts: ['developers.weixin.qq.com'],
  tokens: [
    {
      name: { en: 'Mini-program link', zh: '小程序链接' },
      lengths: [15],
      prefixes: ['#小程序://', '#微信小程序//'],
      namedPrefix: true,
      source: `${research}; ${shortLink}`,
    },
  ],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['developers.weixin.qq.com'],
      path: '/community/middlepage/href',
      query: { href: '{u:url}' },
      to: '{u}',
      source: redirects,
    },
    {
      kind: 'interstitial',
      hosts: ['open.work.weixin.qq.com'],
      path: '/wwopen/uriconfirm',
      query: { uri: '{u:url}' },
      to: '{u}',
      source: redirects,
    },
  ],
  pageInterstitials: [
    {
      hosts: ['weixin110.qq.com'],
      path: '/cgi-bin/mmspamsupport-bin/newredirectconfirmcgi',
      selectors: ['.weui-msg__desc', '.weui-msg__text-area a[href]'],
      scriptKeys: ['cgiData.url'],
      // The same address serves the "copy the link to open it" notice and the block page.
      warning: {
        markers: ['停止访问', '无法访问', '拦截', '诈骗', '欺诈', '违规', '投诉', '举报', '风险'],
        verdict: 'blocked',
        source:
          'WeChat\'s "已停止访问该网页" block page: https://github.com/fkzhang/WechatUnrecalled/issues/314; Unwall review, issue 4',
      },
      source: redirects,
    },
  ],
  schemes: [
    {
      names: ['weixin'],
      routes: [{ path: '{p:rest}', to: null, note: 'tickets and mini-programs are app-only' }],
      source: research,
    },
  ],
  sources: [research, shortLink, redirects],
  examples: [
    { input: '#小程序://一子一木/0JPDrt84ecI5Gwd', url: null, token: '#小程序://一子一木/0JPDrt84ecI5Gwd' },
    {
      input: '#小程序://小程序示例/示例页面/9pZvnVw3KMCQpVp',
      url: null,
      token: '#小程序://小程序示例/示例页面/9pZvnVw3KMCQpVp',
    },
    { input: 'weixin://dl/business/?t=fT0Ivve8Fli', url: null },
    {
      input: 'https://mp.weixin.qq.com/s/d8mvSU77l_xAHKo3gqyPGQ',
      url: 'https://mp.weixin.qq.com/s/d8mvSU77l_xAHKo3gqyPGQ',
    },
    {
      input: 'https://developers.weixin.qq.com/community/middlepage/href?href=https%3A%2F%2Ffe-mm.com',
      url: 'https://fe-mm.com/',
    },
  ],
});
