import { definePlatform } from './define-platform';

const research = {
  source: 'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'qcc',
  names: { en: 'Qichacha', zh: '企查查' },
  domains: ['qcc.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.qcc.com'],
      path: '/web/transfer-link',
      query: { link: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input: 'https://www.qcc.com/web/transfer-link?link=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://www.qcc.com/web/transfer-link?link=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.qcc.com.evil.example/web/transfer-link?link=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.qcc.com.evil.example/web/transfer-link?link=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
