import { definePlatform } from './define-platform';

/** WeChat's Short Link: the whole `#小程序://名称/[页面/]代码` text is what WeChat opens, so all of it is copied. */
const shortLink = {
  source:
    'https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/shortlink.html (generated Short Link: #小程序://小程序示例/示例页面/9pZvnVw3KMCQpVp, opened inside WeChat)',
  verified: '2026-12-01',
} as const;
/** `weixin://dl/business/?t=…` opens a mini-program from outside WeChat: a ticket, no web page. */
const scheme = {
  source:
    'https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/url-scheme/urlscheme.query.html (weixin://dl/business/?t=XTSkBZlzqmn)',
  verified: '2026-12-01',
} as const;
const community = {
  source:
    'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/qq.com.ts; PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js; Leon406/jsdelivr js/tampermonkey/freeGo.user.js',
  verified: '2026-12-01',
} as const;
/** WeCom's (企业微信) notice for a link it does not know. */
const wecom = {
  source: 'beak2825/greasyfork_archives js_greasyfork/562610.js (企业微信链接拦截自动跳转)',
  verified: '2026-12-01',
} as const;
/** The weixin110 page keeps its target in `.weui-msg__desc` and in `cgiData.url` (HTML entities, `&#x2f;`). */
const weixin110 = {
  source:
    'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/qq.com.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; beak2825/greasyfork_archives js_greasyfork/497725.js (autoClickWX110: cgiData.url); zqzess/rule_for_quantumultX js/backup/weixin110.js',
  verified: '2026-12-01',
} as const;

/**
 * QR codes only WeChat reads. The personal payment codes (`wxp://`, `wx.tenpay.com`) have no public
 * specification: their form is the one the codes carry, as the issue that asked for them names it.
 */
const personalPay = {
  source:
    "https://pay.weixin.qq.com/ (WeChat Pay's site; the forms wxp://f2f0… and https://wx.tenpay.com/f2f?t=… are the codes' own)",
  verified: '2026-12-01',
  note: 'the form the codes carry; no public specification to check it against',
} as const;
/** A shop's Native payment code: the `code_url` WeChat Pay's order API returns, drawn as a QR code. */
const nativePay = {
  source:
    'https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=6_5 (Native payment: the QR code holds code_url weixin://wxpay/bizpayurl?pr=…)',
  verified: '2026-12-01',
} as const;
/** The code web WeChat shows to sign in from the phone: `https://login.weixin.qq.com/l/` and a session id. */
const webLogin = {
  source:
    "littlecodersh/ItChat itchat/components/login.py (get_QR: QRCode('https://login.weixin.qq.com/l/' + uuid))",
  verified: '2026-12-01',
} as const;

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
      ...shortLink,
    },
  ],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['developers.weixin.qq.com'],
      path: '/community/middlepage/href',
      query: { href: '{u:url}' },
      to: '{u}',
      ...community,
    },
    {
      kind: 'interstitial',
      hosts: ['open.work.weixin.qq.com'],
      path: '/wwopen/uriconfirm',
      query: { uri: '{u:url}' },
      to: '{u}',
      ...wecom,
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
          'WeChat\'s "已停止访问该网页" block page: https://github.com/fkzhang/WechatUnrecalled/issues/314',
      },
      ...weixin110,
    },
  ],
  appOnlyCodes: [
    {
      kind: 'payment',
      schemes: ['wxp'],
      examples: ['wxp://f2f0GPsEMhjyvIJ4d6PdlsuPVrKIOk-gJ-Ez'],
      ...personalPay,
    },
    {
      kind: 'payment',
      hosts: ['wx.tenpay.com'],
      examples: ['https://wx.tenpay.com/f2f?t=AQAAABxXiDaVyoYdR5F1zBNM5jI%3D'],
      ...personalPay,
    },
    {
      kind: 'payment',
      schemes: ['weixin'],
      path: 'wxpay/bizpayurl/**',
      examples: ['weixin://wxpay/bizpayurl?pr=NwY5Mz9', 'weixin://wxpay/bizpayurl/up?pr=NwY5Mz9&groupid=00'],
      ...nativePay,
    },
    {
      kind: 'mini-program',
      schemes: ['weixin'],
      path: 'dl/business',
      examples: ['weixin://dl/business/?t=XTSkBZlzqmn'],
      ...scheme,
    },
    {
      kind: 'login',
      hosts: ['login.weixin.qq.com'],
      path: '/l/{id:rest}',
      examples: ['https://login.weixin.qq.com/l/QaxnGV-Bcw=='],
      ...webLogin,
    },
  ],
  schemes: [
    {
      names: ['weixin'],
      routes: [{ path: '{p:rest}', to: null, note: 'tickets and mini-programs are app-only' }],
      ...scheme,
    },
  ],
  sources: [shortLink.source, scheme.source, weixin110.source, nativePay.source, webLogin.source],
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
