import { definePlatform } from './define-platform';

const source1 =
  'maomao1996/tampermonkey-scripts remove-redirect facebook.com.ts; ClearURLs/Rules data.min.json; EFForg/privacybadger firstparties/facebook.js; brave/adblock-lists debounce.json';
const source2 =
  "maomao1996/tampermonkey-scripts remove-redirect facebook.com.ts; /flx/warn/ is Facebook's link warning page, not its link shim (l.php): doggy8088/TampermonkeyUserscripts FBFixWarnLink.user.js, https://github.com/doggy8088/TampermonkeyUserscripts/raw/main/FBFixWarnLink.user.js; Unwall review, issue 4: warning and block pages are not leave notices";

const traps =
  "Facebook's link shim keeps its l.php address in data-lynx-uri (data-lynx-mode async, asynclazy or hover) and swaps it into the href on mousedown or right-click: EFForg/privacybadger src/js/firstparties/facebook.js and pull request #1993 (it stops the link's mousedown, mouseup and click); Mte90/facebook-direct-links issue #39; maomao1996/tampermonkey-scripts issue #29; the inline onmousedown of older pages: oldestlivingboy/frictionless issue #6";

export default definePlatform({
  id: 'facebook',
  names: { en: 'Facebook', zh: '脸书' },
  domains: ['facebook.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['l.facebook.com', 'lm.facebook.com'],
      path: '/l.php',
      query: { u: '{u:url}' },
      to: '{u}',
      source: source1,
    },
    {
      kind: 'wrapper',
      hosts: ['l.messenger.com'],
      path: '/l.php',
      query: { u: '{u:url}' },
      to: '{u}',
      note: "Messenger's copy of the same link shim.",
      source:
        'ClearURLs/Rules data.min.json providers["messenger.com"]; EFForg/privacybadger firstparties/facebook.js',
    },
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['www.facebook.com'],
      path: '/flx/warn/',
      query: { u: '{u:url}' },
      to: '{u}',
      source: source2,
    },
  ],
  clickTraps: {
    hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
    attributes: ['data-lynx-uri', 'data-lynx-mode', 'onmousedown'],
    source: traps,
  },
  examples: [
    {
      input:
        'https://l.facebook.com/l.php?u=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts&h=AT0abcdef',
      url: 'https://github.com/maomao1996/tampermonkey-scripts',
    },
    {
      input: 'https://lm.facebook.com/l.php?u=https%3A%2F%2Fdeveloper.mozilla.org%2F&h=AT0abcdef',
      url: 'https://developer.mozilla.org/',
    },
    {
      input:
        'https://www.facebook.com/flx/warn/?u=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
      url: 'https://www.facebook.com/flx/warn/?u=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
    },
    {
      input: 'https://l.messenger.com/l.php?u=https%3A%2F%2Fgithub.com%2F&h=AT0abcdef',
      url: 'https://github.com/',
    },
    { input: 'https://l.facebook.com/l.php?u=javascript://bad.site/%250Aalert(1)', url: null },
    { input: 'https://l.messenger.com/l.php?u=javascript%3Aalert(1)', url: null },
    {
      input: 'https://l.facebook.com.evil.example/l.php?u=https%3A%2F%2Fgithub.com%2F',
      url: 'https://l.facebook.com.evil.example/l.php?u=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
