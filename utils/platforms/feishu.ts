import { definePlatform } from './define-platform';

const source = 'PRO-2684/pURLfy-rules outgoing.json; Leon406 Free Read And Go userscript';

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
      source: `${source}; Feishu's link safety check page (security.feishu.cn); Unwall review, issue 4: warning and block pages are not leave notices`,
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
