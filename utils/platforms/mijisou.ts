import { definePlatform } from './define-platform';

const research = {
  source: 'axetroy/anti-redirect src/sites/mijisou.com.ts',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'mijisou',
  names: { en: 'Mijisou', zh: '秘迹搜索' },
  domains: ['mijisou.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['mijisou.com'],
      path: '/url_proxy',
      query: { proxyurl: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input: 'https://mijisou.com/url_proxy?proxyurl=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://mijisou.com/url_proxy?proxyurl=javascript%3Aalert(1)', url: null },
    {
      input: 'https://mijisou.com.evil.example/url_proxy?proxyurl=https%3A%2F%2Fgithub.com%2F',
      url: 'https://mijisou.com.evil.example/url_proxy?proxyurl=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
