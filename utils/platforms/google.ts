import { definePlatform } from './define-platform';

const peersQ = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; ClearURLs/Rules data.min.json; EFForg/privacybadger src/js/firstparties/google-search.js; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; bjornstar/intercept-redirect test/index.js',
  verified: '2026-12-01',
} as const;
const peersUrl = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/google.com.ts; MerielVaren/remove-link-redirects remove-link-redirects.js; ClearURLs/Rules data.min.json',
  verified: '2026-12-01',
} as const;
const ubo = { source: 'uBlockOrigin/uAssets filters/privacy.txt', verified: '2026-12-01' } as const;

/**
 * Search results link directly but report the click: a ping beacon to /url, an onmousedown calling
 * rwt() that swaps in /url, data-jsarwt, data-cthref and an ad's data-rw address, an oncontextmenu
 * that swaps the href on right-click.
 */
const traps = {
  source:
    'EFForg/privacybadger src/js/firstparties/google-search.js; MerielVaren/remove-link-redirects remove-link-redirects.js; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/google.com.ts; uBlockOrigin/uAssets filters/privacy.txt (rwt); https://github.com/Rob--W/dont-track-me-google/issues/33 (ping); https://github.com/Rob--W/dont-track-me-google/pull/17 (oncontextmenu). No public rule names data-cthref or data-rw.',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'google',
  names: { en: 'Google', zh: '谷歌' },
  domains: ['google.com', 'google.com.hk', 'google.co.jp', 'google.co.uk', 'google.de'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.google.com', 'www.google.com.hk', 'www.google.co.jp', 'www.google.co.uk', 'www.google.de'],
      path: '/url',
      query: { q: '{u:url}' },
      to: '{u}',
      ...peersQ,
    },
    {
      kind: 'wrapper',
      hosts: ['www.google.com', 'www.google.com.hk', 'www.google.co.jp', 'www.google.co.uk', 'www.google.de'],
      path: '/url',
      query: { url: '{u:url}' },
      to: '{u}',
      ...peersUrl,
    },
    {
      kind: 'wrapper',
      hosts: ['www.google.com'],
      path: '/imgres',
      query: { imgurl: '{u:url}' },
      to: '{u}',
      note: 'imgurl is the image itself; imgrefurl is the page it is on.',
      source: 'PRO-2684/pURLfy-rules outgoing.json; bjornstar/intercept-redirect test/index.js',
      verified: '2026-12-01',
    },
    {
      kind: 'wrapper',
      hosts: ['www.google.com'],
      path: '/amp/s/{u:rest}',
      to: 'https://{u|hostpath}',
      note: 'The AMP viewer: the page follows /amp/s/ as host and path without its scheme (s: https).',
      source: 'ClearURLs/Rules data.min.json (providers.google.redirections)',
      verified: '2026-12-01',
    },
    {
      kind: 'wrapper',
      hosts: ['colab.research.google.com'],
      path: '/corgiredirector',
      query: { site: '{u:url}' },
      to: '{u}',
      ...ubo,
    },
    {
      kind: 'wrapper',
      hosts: ['search.app'],
      path: '/',
      query: { link: '{u:url}' },
      to: '{u}',
      note: "The share links of Google's app; the short ones (search.app/<code>) carry no target.",
      ...ubo,
    },
  ],
  clickTraps: {
    hosts: ['www.google.com', 'www.google.com.hk', 'www.google.co.jp', 'www.google.co.uk', 'www.google.de'],
    attributes: ['ping', 'onmousedown', 'oncontextmenu', 'data-jsarwt', 'data-cthref', 'data-rw'],
    ...traps,
  },
  examples: [
    {
      input:
        'https://www.google.com/url?q=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts&sa=D&source=docs',
      url: 'https://github.com/maomao1996/tampermonkey-scripts',
    },
    {
      input:
        'https://www.google.com.hk/url?sa=t&rct=j&url=https%3A%2F%2Fdeveloper.mozilla.org%2F&usg=AOvVaw0abc',
      url: 'https://developer.mozilla.org/',
    },
    { input: 'https://www.google.co.jp/url?q=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    {
      input:
        'https://www.google.com/imgres?imgurl=https%3A%2F%2Fdeveloper.mozilla.org%2Fmdn-social-share.png&imgrefurl=https%3A%2F%2Fdeveloper.mozilla.org%2F',
      url: 'https://developer.mozilla.org/mdn-social-share.png',
    },
    {
      input:
        'https://www.google.com/url?q=https%3A%2F%2Flink.csdn.net%2F%3Ftarget%3Dhttps%253A%252F%252Fgithub.com%252F&sa=D',
      url: 'https://github.com/',
    },
    {
      input: 'https://www.google.com/url?sa=E&q=https%3A%2F%2Fdeveloper.mozilla.org%2Fen-US%2F',
      url: 'https://developer.mozilla.org/en-US/',
    },
    { input: 'https://www.google.com/amp/s/github.com/search%3Fq%3Da', url: 'https://github.com/search?q=a' },
    {
      input: 'https://colab.research.google.com/corgiredirector?site=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    {
      input: 'https://search.app/?link=https%3A%2F%2Fgithub.com%2F&utm_source=igadl',
      url: 'https://github.com/',
    },
    { input: 'https://www.google.com/url?q=javascript%3Aalert(1)', url: null },
    { input: 'https://www.google.com/amp/s/javascript:alert(1)', url: null },
    { input: 'https://colab.research.google.com/corgiredirector?site=javascript%3Aalert(1)', url: null },
    { input: 'https://search.app/?link=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.google.com/search?q=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.google.com/search?q=https%3A%2F%2Fgithub.com%2F',
    },
    {
      input: 'https://accounts.google.com/ServiceLogin?continue=https%3A%2F%2Fgithub.com%2F',
      url: 'https://accounts.google.com/ServiceLogin?continue=https%3A%2F%2Fgithub.com%2F',
    },
    {
      input: 'https://www.google.com.evil.example/url?q=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.google.com.evil.example/url?q=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
