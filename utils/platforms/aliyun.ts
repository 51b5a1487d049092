import { definePlatform } from './define-platform';

const peer = {
  source: 'OldPanda/Open-the-F-king-URL-Right-Now userscript.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'aliyun',
  names: { en: 'Alibaba Cloud', zh: '阿里云' },
  domains: ['aliyun.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['developer.aliyun.com'],
      path: '/redirect',
      query: { target: '{u:url}' },
      to: '{u}',
      ...peer,
    },
  ],
  examples: [
    {
      input: 'https://developer.aliyun.com/redirect?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://developer.aliyun.com/redirect?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://developer.aliyun.com.evil.example/redirect?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://developer.aliyun.com.evil.example/redirect?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
