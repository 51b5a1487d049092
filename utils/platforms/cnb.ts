import { definePlatform } from './define-platform';

const peer = { source: 'YisRime/TamperMonkeyScript RedirectAll.js', verified: '2026-12-01' } as const;

export default definePlatform({
  id: 'cnb',
  names: { en: 'CNB', zh: '云原生构建' },
  domains: ['cnb.cool'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['cnb.cool'],
      path: '/goto',
      query: { url: '{u:url}' },
      to: '{u}',
      ...peer,
    },
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['cnb.cool'],
      path: '/110',
      query: { url: '{u:url}' },
      to: '{u}',
      note: '110 is the police number in China: the safety check, beside the plain /goto notice. A warning page, not a leave notice.',
      ...peer,
    },
  ],
  examples: [
    { input: 'https://cnb.cool/goto?url=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    {
      input: 'https://cnb.cool/110?url=https%3A%2F%2Fdeveloper.mozilla.org%2F',
      url: 'https://cnb.cool/110?url=https%3A%2F%2Fdeveloper.mozilla.org%2F',
    },
    { input: 'https://cnb.cool/goto?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://cnb.cool.evil.example/goto?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://cnb.cool.evil.example/goto?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
