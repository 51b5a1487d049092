import { definePlatform } from './define-platform';

const MM = 'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites';
const peers =
  'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js';

/** The "this page is not an official QQ page" notice shown for every unlisted link. */
const notice = {
  source: `${MM}/qq.com.ts; beak2825/greasyfork_archives js_greasyfork/449646.js (当前网页非官方页面); ${peers}`,
  verified: '2026-12-01',
} as const;
/** Tencent's URL-security pages other than the plain notice: their verdict is not known, so they count as warnings. */
const qqWarning = {
  source: `https://github.com/OldPanda/Open-the-F-king-URL-Right-Now/issues/95 (middleb.html, QQ's interception page); ColdThunder11/fxxktencent fxxktencent.user.js (腾讯网址拦截重定向); beak2825/greasyfork_archives js_greasyfork/475436.js (QQSecurityURLSkipper); https://github.com/ferredoxin/QNotified/issues/539 (忽略网址安全警告); ${peers}`,
  verified: '2026-12-01',
} as const;
/** QQ Mail checks links in mail against its spam and phishing lists (xmspamcheck) before it lets them open. */
const mailWarning = {
  source: `${MM}/qq.com.ts (readtemplate?t=safety); https://github.com/OldPanda/Open-the-F-king-URL-Right-Now/issues/146 (xmsafejump); Leon406/jsdelivr js/tampermonkey/freeGo.user.js; ${peers}`,
  verified: '2026-12-01',
} as const;
const docs = {
  source: `${MM}/qq.com.ts; beak2825/greasyfork_archives js_greasyfork/449646.js (即将离开腾讯文档); PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js`,
  verified: '2026-12-01',
} as const;
/** Tencent's feedback boards (兔小巢). */
const txc = {
  source: `${MM}/qq.com.ts; PRO-2684/pURLfy-rules outgoing.json; MerielVaren/remove-link-redirects remove-link-redirects.js`,
  verified: '2026-12-01',
} as const;
const cloud = {
  source: `${MM}/tencent.com.ts; ${peers}; Leon406/jsdelivr js/tampermonkey/freeGo.user.js`,
  verified: '2026-12-01',
} as const;
const urlshare = {
  source: 'PRO-2684/pURLfy-rules outgoing.json; MerielVaren/remove-link-redirects remove-link-redirects.js',
  verified: '2026-12-01',
} as const;
/** Tencent Surveys (腾讯问卷) sends a survey's links to other sites through its own page, whose target is encrypted. */
const surveyTraps = {
  source:
    'https://github.com/OldPanda/Open-the-F-king-URL-Right-Now/issues/164 (a click on a link in a survey opens https://wj.qq.com/r/unsafe-link?signature=…, its target decrypted by a request)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'qq',
  names: { en: 'QQ', zh: 'QQ' },
  domains: ['qq.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['c.pc.qq.com'],
      path: '/middlem.html',
      query: { pfurl: '{u:url}' },
      to: '{u}',
      note: 'The "this page is not an official QQ page" notice shown for every unlisted link.',
      ...notice,
    },
    ...['/middleb.html', '/middlect.html', '/index.html'].map((path) => ({
      kind: 'warning' as const,
      verdict: 'unsafe' as const,
      hosts: ['c.pc.qq.com'],
      path,
      query: { pfurl: '{u:url}' },
      to: '{u}',
      ...qqWarning,
    })),
    // QQ Mail opens its mails' links from script too, but through its safety pages (this one and
    // xmsafejump below): warnings, which Unwall never skips, so mail.qq.com lists no `windowOpenHosts`.
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['c.pc.qq.com'],
      path: '/{page:word}.html',
      query: { url: '{u:url}' },
      to: '{u}',
      note: 'Any page with url= (pc.html, ios.html, android.html so far): QQ keeps adding them.',
      ...qqWarning,
    },
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['mail.qq.com', '*.mail.qq.com'],
      path: '/cgi-bin/readtemplate',
      query: { gourl: '{u:url}' },
      to: '{u}',
      note: 'The older QQ Mail safety template (t=safety) of the same check as xmsafejump.',
      ...mailWarning,
    },
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['mail.qq.com', '*.mail.qq.com'],
      path: '/xmspamcheck/xmsafejump',
      query: { url: '{u:url}' },
      to: '{u}',
      ...mailWarning,
    },
    {
      kind: 'interstitial',
      hosts: ['docs.qq.com'],
      path: '/scenario/link.html',
      query: { url: '{u:url}' },
      to: '{u}',
      ...docs,
    },
    {
      kind: 'interstitial',
      hosts: ['txc.qq.com', 'support.qq.com'],
      path: '/products/{id:digits}/link-jump',
      query: { jump: '{u:url}' },
      to: '{u}',
      ...txc,
    },
    {
      kind: 'interstitial',
      hosts: ['txc.qq.com', 'support.qq.com'],
      path: '/embed/phone/{id:digits}/link-jump',
      query: { jump: '{u:url}' },
      to: '{u}',
      ...txc,
    },
    {
      kind: 'wrapper',
      hosts: ['cloud.tencent.com'],
      path: '/developer/tools/blog-entry',
      query: { target: '{u:url}' },
      to: '{u}',
      ...cloud,
    },
    {
      kind: 'wrapper',
      hosts: ['urlshare.cn', '*.urlshare.cn'],
      path: '/umirror_url_check',
      query: { url: '{u:url}' },
      to: '{u}',
      ...urlshare,
    },
  ],
  clickTraps: { hosts: ['wj.qq.com'], attributes: [], ...surveyTraps },
  sources: [notice.source, qqWarning.source],
  examples: [
    { input: 'https://c.pc.qq.com/middlem.html?pfurl=https%3A%2F%2Ffe-mm.com', url: 'https://fe-mm.com/' },
    {
      input: 'https://c.pc.qq.com/ios.html?url=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
      url: 'https://c.pc.qq.com/ios.html?url=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
    },
    {
      input:
        'https://www.urlshare.cn/umirror_url_check?url=https%3A%2F%2Fc.pc.qq.com%2Fmiddlem.html%3Fpfurl%3Dhttps%253A%252F%252Fgithub.com%252Fjiashuaizhang%252Frpc-encrypt',
      url: 'https://github.com/jiashuaizhang/rpc-encrypt',
    },
    {
      input:
        'https://txc.qq.com/products/606094/link-jump?jump=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
      url: 'https://github.com/maomao1996/tampermonkey-scripts',
    },
    {
      input: 'https://c.pc.qq.com/harmony.html?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://c.pc.qq.com/harmony.html?url=https%3A%2F%2Fgithub.com%2F',
    },
    {
      input: 'https://wx.mail.qq.com/xmspamcheck/xmsafejump?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://wx.mail.qq.com/xmspamcheck/xmsafejump?url=https%3A%2F%2Fgithub.com%2F',
    },
    { input: 'https://c.pc.qq.com/middlem.html?pfurl=javascript%3Aalert(document.cookie)', url: null },
    { input: 'https://c.pc.qq.com/middlem.html?pfurl=%2F%2Fevil.example%2F', url: null },
  ],
});
