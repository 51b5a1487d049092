import { definePlatform } from './define-platform';

const redirects =
  'Unwall redirect research (redirects.json): maomao1996/tampermonkey-scripts qq.com.ts, PRO-2684/pURLfy-rules';

export default definePlatform({
  id: 'qq',
  names: { en: 'QQ', zh: 'QQ' },
  domains: ['qq.com'],
  wrappers: [
    ...['/middlem.html', '/middleb.html', '/middlect.html', '/index.html'].map((path) => ({
      kind: 'interstitial' as const,
      hosts: ['c.pc.qq.com'],
      path,
      query: { pfurl: '{u:url}' },
      to: '{u}',
      source: redirects,
    })),
    ...['/pc.html', '/ios.html', '/android.html'].map((path) => ({
      kind: 'interstitial' as const,
      hosts: ['c.pc.qq.com'],
      path,
      query: { url: '{u:url}' },
      to: '{u}',
      source: redirects,
    })),
    {
      kind: 'interstitial',
      hosts: ['mail.qq.com'],
      path: '/cgi-bin/readtemplate',
      query: { gourl: '{u:url}' },
      to: '{u}',
      source: redirects,
    },
    {
      kind: 'interstitial',
      hosts: ['wx.mail.qq.com'],
      path: '/xmspamcheck/xmsafejump',
      query: { url: '{u:url}' },
      to: '{u}',
      source: redirects,
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
  sources: [redirects],
  examples: [
    { input: 'https://c.pc.qq.com/middlem.html?pfurl=https%3A%2F%2Ffe-mm.com', url: 'https://fe-mm.com/' },
    {
      input: 'https://c.pc.qq.com/ios.html?url=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
      url: 'https://github.com/maomao1996/tampermonkey-scripts',
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
    { input: 'https://c.pc.qq.com/middlem.html?pfurl=javascript%3Aalert(document.cookie)', url: null },
    { input: 'https://c.pc.qq.com/middlem.html?pfurl=%2F%2Fevil.example%2F', url: null },
  ],
});
