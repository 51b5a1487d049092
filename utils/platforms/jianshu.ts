import { definePlatform } from './define-platform';

const goWild = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/jianshu.com.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js; YisRime/TamperMonkeyScript RedirectAll.js',
  verified: '2026-12-01',
} as const;
const links = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/jianshu.com.ts; MerielVaren/remove-link-redirects remove-link-redirects.js',
  verified: '2026-12-01',
} as const;
const legacy = {
  source: 'PRO-2684/pURLfy-rules outgoing.json; MerielVaren/remove-link-redirects remove-link-redirects.js',
  verified: '2026-12-01',
} as const;

/**
 * Text copied from a Jianshu article ends with the site's footer: `作者：<author>`, `链接：<the article's
 * jianshu.com/p/… address>`, `来源：简书`, then the copyright line.
 */
const shareText = {
  source: '13350910252/ProAppKotlin app/src/main/java/com/yinp/proappkotlin/web/WebViewActivity.kt',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'jianshu',
  names: { en: 'Jianshu', zh: '简书' },
  domains: ['jianshu.com'],
  markers: ['来源：简书'],
  shareText,
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.jianshu.com'],
      path: '/go-wild',
      query: { url: '{u:url}' },
      to: '{u}',
      ...goWild,
    },
    {
      kind: 'wrapper',
      hosts: ['links.jianshu.com'],
      path: '/go',
      query: { to: '{u:url}' },
      to: '{u}',
      ...links,
    },
    {
      kind: 'wrapper',
      hosts: ['link.jianshu.com'],
      path: '/',
      query: { t: '{u:url}' },
      to: '{u}',
      note: 'Legacy form.',
      ...legacy,
    },
  ],
  examples: [
    {
      input:
        '作者：因为我的心\n链接：https://www.jianshu.com/p/789f3a473c67\n来源：简书\n著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。',
      url: 'https://www.jianshu.com/p/789f3a473c67',
    },
    { input: '来源：简书\n著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。', url: null },
    { input: 'https://www.jianshu.com/go-wild?ac=2&url=https%3A%2F%2Ffe-mm.com', url: 'https://fe-mm.com/' },
    {
      input: 'https://links.jianshu.com/go?to=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
      url: 'https://github.com/maomao1996/tampermonkey-scripts',
    },
    { input: 'https://link.jianshu.com/?t=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://www.jianshu.com/go-wild?ac=2&url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://links.jianshu.com.evil.example/go?to=https%3A%2F%2Fgithub.com%2F',
      url: 'https://links.jianshu.com.evil.example/go?to=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
