import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'feishu',
  names: { en: 'Feishu', zh: '飞书' },
  domains: ['feishu.cn'],
  wrappers: [
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['security.feishu.cn'],
      path: '/link/safety',
      query: { target: '{u:url}' },
      to: '{u}',
      note: "Feishu's link safety check: a warning page, not a leave notice.",
      source: 'PRO-2684/pURLfy-rules outgoing.json; YisRime/TamperMonkeyScript RedirectAll.js',
      verified: '2026-12-01',
    },
  ],
  examples: [
    {
      input: 'https://security.feishu.cn/link/safety?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://security.feishu.cn/link/safety?target=https%3A%2F%2Fgithub.com%2F',
    },
    {
      input: 'https://security.feishu.cn/link/safety?target=javascript%3Aalert(1)',
      url: 'https://security.feishu.cn/link/safety?target=javascript%3Aalert(1)',
    },
    {
      input: 'https://security.feishu.cn.evil.example/link/safety?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://security.feishu.cn.evil.example/link/safety?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
