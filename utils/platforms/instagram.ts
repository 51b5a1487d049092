import { definePlatform } from './define-platform';

const peers = {
  source:
    'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/instagram.com.ts; ClearURLs/Rules data.min.json; bjornstar/intercept-redirect test/index.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'instagram',
  names: { en: 'Instagram', zh: 'Instagram' },
  domains: ['instagram.com'],
  windowOpenHosts: ['www.instagram.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['l.instagram.com'],
      path: '/',
      query: { u: '{u:url}' },
      to: '{u}',
      ...peers,
    },
    {
      kind: 'wrapper',
      hosts: ['www.instagram.com'],
      path: '/linkshim/',
      query: { u: '{u:url}' },
      to: '{u}',
      ...peers,
    },
    {
      kind: 'wrapper',
      hosts: ['www.instagram.com'],
      path: '/linkshim/',
      query: { url: '{u:url}' },
      to: '{u}',
      note: 'pURLfy names the parameter url; Instagram and maomao use u.',
      source: 'PRO-2684/pURLfy-rules outgoing.json',
      verified: '2026-12-01',
    },
    {
      kind: 'wrapper',
      hosts: ['l.threads.net'],
      path: '/',
      query: { u: '{u:url}' },
      to: '{u}',
      note: "Threads (Instagram's) copy of the link shim.",
      source: 'uBlockOrigin/uAssets filters/privacy.txt',
      verified: '2026-12-01',
    },
  ],
  examples: [
    {
      input:
        'https://l.instagram.com/?u=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts&e=AT0abcdef',
      url: 'https://github.com/maomao1996/tampermonkey-scripts',
    },
    {
      input: 'https://www.instagram.com/linkshim/?u=https%3A%2F%2Fdeveloper.mozilla.org%2F&e=AT0abcdef',
      url: 'https://developer.mozilla.org/',
    },
    {
      input: 'https://www.instagram.com/linkshim/?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://l.threads.net/?u=https%3A%2F%2Fgithub.com%2F&e=AT0abcdef', url: 'https://github.com/' },
    { input: 'https://l.instagram.com/?u=javascript%3Aalert(1)', url: null },
    { input: 'https://l.threads.net/?u=javascript%3Aalert(1)', url: null },
    {
      input: 'https://l.instagram.com.evil.example/?u=https%3A%2F%2Fgithub.com%2F',
      url: 'https://l.instagram.com.evil.example/?u=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
