import { definePlatform } from './define-platform';

const research = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; ClearURLs/Rules data.min.json; MerielVaren/remove-link-redirects remove-link-redirects.js; mozilla/addons-server src/olympia/lib/settings_base.py (REDIRECT_URL, the outgoing bouncer)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'mozilla',
  names: { en: 'Mozilla', zh: 'Mozilla' },
  domains: ['mozilla.org', 'mozaws.net', 'mozgcp.net'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['outgoing.prod.mozaws.net', 'prod.outgoing.prod.webservices.mozgcp.net'],
      path: '/v1/{sig:hex}/{u:url}',
      to: '{u}',
      note: 'The target follows a hex signature in the path, encoded except for slashes.',
      ...research,
    },
  ],
  examples: [
    {
      input:
        'https://prod.outgoing.prod.webservices.mozgcp.net/v1/8a4c4de845953bc85d10c6465c5c0f11210b5ca1c195b70d7ddfcf8b74592477/https%3A//clearurls.xyz/',
      url: 'https://clearurls.xyz/',
    },
    {
      input:
        'https://outgoing.prod.mozaws.net/v1/8a4c4de845953bc85d10c6465c5c0f11210b5ca1c195b70d7ddfcf8b74592477/https%3A//github.com/search%3Fq%3Dunwall%26type%3Dcode',
      url: 'https://github.com/search?q=unwall&type=code',
    },
    {
      input:
        'https://outgoing.prod.mozaws.net/v1/8a4c4de845953bc85d10c6465c5c0f11210b5ca1c195b70d7ddfcf8b74592477/javascript%3Aalert(1)',
      url: null,
    },
    {
      input:
        'https://outgoing.prod.mozaws.net.evil.example/v1/8a4c4de845953bc85d10c6465c5c0f11210b5ca1c195b70d7ddfcf8b74592477/https%3A//github.com/',
      url: 'https://outgoing.prod.mozaws.net.evil.example/v1/8a4c4de845953bc85d10c6465c5c0f11210b5ca1c195b70d7ddfcf8b74592477/https%3A//github.com/',
    },
  ],
});
