import { definePlatform } from './define-platform';

const source1 =
  'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts remove-redirect google.com.ts; axetroy/anti-redirect www.google.com.ts; ClearURLs/Rules data.min.json; uBlockOrigin/uAssets privacy.txt; EFForg/privacybadger firstparties/google.js';
const source2 = 'PRO-2684/pURLfy-rules outgoing.json';
const ubo = 'uBlockOrigin/uAssets filters/privacy.txt';

const traps =
  "Search results link directly but report the click: a ping beacon to /url, an onmousedown calling rwt() that swaps in /url, data-jsarwt, data-cthref and an ad's data-rw address, an oncontextmenu that swaps the href on right-click: EFForg/privacybadger src/js/firstparties/google-search.js; uBlockOrigin/uAssets filters/privacy.txt (www.google.*##+js(set, rwt, noopFunc)) and issue #7960; Rob--W/dont-track-me-google issue #33 and pull request #17; maomao1996/tampermonkey-scripts remove-redirect google.com.ts";

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
      source: source1,
    },
    {
      kind: 'wrapper',
      hosts: ['www.google.com', 'www.google.com.hk', 'www.google.co.jp', 'www.google.co.uk', 'www.google.de'],
      path: '/url',
      query: { url: '{u:url}' },
      to: '{u}',
      source: source1,
    },
    {
      kind: 'wrapper',
      hosts: ['www.google.com'],
      path: '/imgres',
      query: { imgurl: '{u:url}' },
      to: '{u}',
      note: 'imgurl is the image itself; imgrefurl is the page it is on.',
      source: source2,
    },
    {
      kind: 'wrapper',
      hosts: ['www.google.com'],
      path: '/amp/s/{u:rest}',
      to: 'https://{u|hostpath}',
      note: 'The AMP viewer: the page follows /amp/s/ as host and path without its scheme (s: https).',
      source: 'ClearURLs/Rules data.min.json providers["google"].redirections',
    },
    {
      kind: 'wrapper',
      hosts: ['colab.research.google.com'],
      path: '/corgiredirector',
      query: { site: '{u:url}' },
      to: '{u}',
      source: `${ubo} (href-sanitizer)`,
    },
    {
      kind: 'wrapper',
      hosts: ['search.app'],
      path: '/',
      query: { link: '{u:url}' },
      to: '{u}',
      note: "The share links of Google's app; the short ones (search.app/<code>) carry no target.",
      source: ubo,
    },
  ],
  clickTraps: {
    hosts: ['www.google.com', 'www.google.com.hk', 'www.google.co.jp', 'www.google.co.uk', 'www.google.de'],
    attributes: ['ping', 'onmousedown', 'oncontextmenu', 'data-jsarwt', 'data-cthref', 'data-rw'],
    source: traps,
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
