import { definePlatform } from './define-platform';

const research = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'logonews',
  names: { en: 'LogoNews', zh: '标志情报局' },
  domains: ['logonews.cn'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['link.logonews.cn'],
      path: '/',
      query: { url: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    { input: 'https://link.logonews.cn/?url=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://link.logonews.cn/?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://link.logonews.cn.evil.example/?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://link.logonews.cn.evil.example/?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
