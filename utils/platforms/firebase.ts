import { definePlatform } from './define-platform';

/** ofl is the link to open on platforms other than Android and iOS, link the deep link opened otherwise. */
const docs = {
  source:
    'https://firebase.google.com/docs/dynamic-links/create-manually; uBlockOrigin/uAssets filters/privacy.txt (page.link ofl)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'firebase',
  names: { en: 'Firebase Dynamic Links', zh: 'Firebase 动态链接' },
  domains: ['page.link'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['*.page.link'],
      path: '/',
      query: { ofl: '{u:url}' },
      to: '{u}',
      note: 'The desktop fallback ofl first: it is where a browser was sent. Firebase announced the end of the service for 25 August 2025 (Dynamic Links deprecation FAQ), so the wrapper itself may no longer lead anywhere.',
      ...docs,
    },
    {
      kind: 'wrapper',
      hosts: ['*.page.link'],
      path: '/',
      query: { link: '{u:url}' },
      to: '{u}',
      note: 'Without ofl, a browser was sent to the deep link itself.',
      ...docs,
    },
  ],
  examples: [
    {
      input:
        'https://example.page.link/?link=https%3A%2F%2Fexample.net%2Fapp&apn=net.example&ofl=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    {
      input: 'https://example.page.link/?link=https%3A%2F%2Fdeveloper.mozilla.org%2Fen-US%2F&apn=net.example',
      url: 'https://developer.mozilla.org/en-US/',
    },
    { input: 'https://example.page.link/?link=javascript%3Aalert(1)', url: null },
    { input: 'https://example.page.link/?link=javascript%3Aalert(1)&ofl=javascript%3Aalert(2)', url: null },
    {
      input: 'https://page.link.evil.example/?link=https%3A%2F%2Fgithub.com%2F',
      url: 'https://page.link.evil.example/?link=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
