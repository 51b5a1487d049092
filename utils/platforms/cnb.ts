import { definePlatform } from './define-platform';

const source = 'OldPanda/Open-the-F-king-URL-Right-Now';

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
      source,
    },
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['cnb.cool'],
      path: '/110',
      query: { url: '{u:url}' },
      to: '{u}',
      note: '110 is the police number in China: the safety check, beside the plain /goto notice.',
      source: `${source}; Unwall review, issue 4: warning and block pages are not leave notices`,
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
