import { definePlatform } from './define-platform';

const shim = {
  source:
    'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/facebook.com.ts; ClearURLs/Rules data.min.json; EFForg/privacybadger src/js/firstparties/facebook.js; bjornstar/intercept-redirect test/index.js',
  verified: '2026-12-01',
} as const;
const warnPage = {
  source:
    "maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/facebook.com.ts; /flx/warn/ is Facebook's link warning page with its own confirm button, not its link shim (l.php): doggy8088/TampermonkeyUserscripts FBFixWarnLink.user.js",
  verified: '2026-12-01',
} as const;

/**
 * Facebook's link shim keeps its l.php address in data-lynx-uri (data-lynx-mode async, asynclazy or
 * hover) and swaps it into the href on mousedown or right-click.
 */
const traps = {
  source:
    "EFForg/privacybadger src/js/firstparties/facebook.js; https://github.com/EFForg/privacybadger/pull/1993 (it stops the link's mousedown, mouseup and click); https://github.com/EFForg/privacybadger/pull/2607 (data-lynx-mode); https://github.com/canisbos/DirectLinks/issues/4 (data-lynx-uri); https://github.com/Mte90/facebook-direct-links/issues/39 (right-click). No public source traced for the inline onmousedown.",
  verified: '2026-12-01',
} as const;

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
      ...shim,
    },
    {
      kind: 'wrapper',
      hosts: ['l.messenger.com'],
      path: '/l.php',
      query: { u: '{u:url}' },
      to: '{u}',
      note: "Messenger's copy of the same link shim.",
      source:
        'ClearURLs/Rules data.min.json (providers["messenger.com"]); bjornstar/intercept-redirect test/index.js',
      verified: '2026-12-01',
    },
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['www.facebook.com'],
      path: '/flx/warn/',
      query: { u: '{u:url}' },
      to: '{u}',
      note: 'A warning page, not a leave notice: Unwall shows its verdict and lets the user choose.',
      ...warnPage,
    },
  ],
  clickTraps: {
    hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
    attributes: ['data-lynx-uri', 'data-lynx-mode', 'onmousedown'],
    ...traps,
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
