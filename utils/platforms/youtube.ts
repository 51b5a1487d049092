import { definePlatform } from './define-platform';

const research = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/youtube.com.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js; ClearURLs/Rules data.min.json; uBlockOrigin/uAssets filters/privacy.txt; bjornstar/intercept-redirect webextension/index.js; Leon406/jsdelivr js/tampermonkey/freeGo.user.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'youtube',
  names: { en: 'YouTube', zh: 'YouTube' },
  domains: ['youtube.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.youtube.com'],
      path: '/redirect',
      query: { q: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input:
        'https://www.youtube.com/redirect?&q=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
      url: 'https://github.com/maomao1996/tampermonkey-scripts',
    },
    { input: 'https://www.youtube.com/redirect?q=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    {
      input:
        'https://www.youtube.com/redirect?event=video_description&redir_token=QUFFLUhqbTEx&q=https%3A%2F%2Fdeveloper.mozilla.org%2F&v=dQw4w9WgXcQ',
      url: 'https://developer.mozilla.org/',
    },
    { input: 'https://www.youtube.com/redirect?q=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.youtube.com.evil.example/redirect?q=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.youtube.com.evil.example/redirect?q=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
