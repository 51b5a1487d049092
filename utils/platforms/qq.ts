import { definePlatform } from './define-platform';

const redirects =
  'Unwall redirect research (redirects.json): maomao1996/tampermonkey-scripts qq.com.ts, PRO-2684/pURLfy-rules';

/** Tencent's URL-security pages other than the plain notice: their verdict is not known, so they count as warnings. */
const qqWarning = `${redirects}; ColdThunder11 "腾讯网址拦截重定向" and QNotified UnlockWebLock "解除风险网址拦截" treat c.pc.qq.com as risky-URL interception; Unwall review, issue 4: warning and block pages are not leave notices`;
/** QQ Mail checks links in mail against its spam and phishing lists (xmspamcheck) before it lets them open. */
const mailWarning = `${redirects}; Unwall review, issue 4: warning and block pages are not leave notices`;
/** Tencent Surveys (腾讯问卷) sends a survey's links to other sites through its own page, whose target is encrypted. */
const surveyTraps =
  'a click on a link in a survey opens https://wj.qq.com/r/unsafe-link?signature=… (its target decrypted by a request): OldPanda/Open-the-F-king-URL-Right-Now issue #164';

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
      source: `${redirects}; ShadowPower greasyfork 449646 (当前网页非官方页面)`,
    },
    ...['/middleb.html', '/middlect.html', '/index.html'].map((path) => ({
      kind: 'warning' as const,
      verdict: 'unsafe' as const,
      hosts: ['c.pc.qq.com'],
      path,
      query: { pfurl: '{u:url}' },
      to: '{u}',
      source: qqWarning,
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
      source: qqWarning,
    },
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['mail.qq.com', '*.mail.qq.com'],
      path: '/cgi-bin/readtemplate',
      query: { gourl: '{u:url}' },
      to: '{u}',
      note: 'The older QQ Mail safety template (t=safety) of the same check as xmsafejump.',
      source: mailWarning,
    },
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['mail.qq.com', '*.mail.qq.com'],
      path: '/xmspamcheck/xmsafejump',
      query: { url: '{u:url}' },
      to: '{u}',
      source: mailWarning,
    },
    {
      kind: 'interstitial',
      hosts: ['docs.qq.com'],
      path: '/scenario/link.html',
      query: { url: '{u:url}' },
      to: '{u}',
      source: redirects,
    },
    {
      kind: 'interstitial',
      hosts: ['txc.qq.com', 'support.qq.com'],
      path: '/products/{id:digits}/link-jump',
      query: { jump: '{u:url}' },
      to: '{u}',
      source: redirects,
    },
    {
      kind: 'interstitial',
      hosts: ['txc.qq.com', 'support.qq.com'],
      path: '/embed/phone/{id:digits}/link-jump',
      query: { jump: '{u:url}' },
      to: '{u}',
      source: redirects,
    },
    {
      kind: 'wrapper',
      hosts: ['cloud.tencent.com'],
      path: '/developer/tools/blog-entry',
      query: { target: '{u:url}' },
      to: '{u}',
      source: redirects,
    },
    {
      kind: 'wrapper',
      hosts: ['urlshare.cn', '*.urlshare.cn'],
      path: '/umirror_url_check',
      query: { url: '{u:url}' },
      to: '{u}',
      source: redirects,
    },
  ],
  clickTraps: { hosts: ['wj.qq.com'], attributes: [], source: surveyTraps },
  sources: [redirects],
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
