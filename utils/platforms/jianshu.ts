import { definePlatform } from './define-platform';

const source1 =
  'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts remove-redirect jianshu.com.ts; OldPanda/Open-the-F-king-URL-Right-Now; MerielVaren/remove-link-redirects; axetroy/anti-redirect www.jianshu.com.ts; WindRunnerMax/TKScript site-director; GreasyFork 461589 OuterChainJump; oneNorth7/LinkHelper';
const source2 =
  'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts remove-redirect jianshu.com.ts; MerielVaren/remove-link-redirects; axetroy/anti-redirect www.jianshu.com.ts';
const source3 =
  'PRO-2684/pURLfy-rules outgoing.json; MerielVaren/remove-link-redirects; axetroy/anti-redirect www.jianshu.com.ts; Leon406 Free Read And Go userscript';

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
      source: source1,
    },
    {
      kind: 'wrapper',
      hosts: ['links.jianshu.com'],
      path: '/go',
      query: { to: '{u:url}' },
      to: '{u}',
      source: source2,
    },
    {
      kind: 'wrapper',
      hosts: ['link.jianshu.com'],
      path: '/',
      query: { t: '{u:url}' },
      to: '{u}',
      note: 'Legacy form.',
      source: source3,
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
