import { definePlatform } from './define-platform';

const peers = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/csdn.net.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js; YisRime/TamperMonkeyScript RedirectAll.js',
  verified: '2026-12-01',
} as const;

/**
 * A blog article's click handler opens links to other sites through
 * window.open('https://link.csdn.net/?target=…'), and its report script reads data-report-click and
 * data-report-query. The click handler is public knowledge; the two attribute names were read from a
 * saved CSDN blog page, and no public rule names them.
 */
const traps = {
  source:
    'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/csdn.net.ts (rewriteWindowOpen on blog.csdn.net); MerielVaren/remove-link-redirects remove-link-redirects.js (the #content_views click handler)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'csdn',
  names: { en: 'CSDN', zh: 'CSDN' },
  domains: ['csdn.net'],
  windowOpenHosts: ['blog.csdn.net'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['link.csdn.net'],
      path: '/',
      query: { target: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  clickTraps: {
    hosts: ['blog.csdn.net'],
    attributes: ['data-report-click', 'data-report-query'],
    ...traps,
  },
  examples: [
    { input: 'https://link.csdn.net/?target=https%3A%2F%2Ffe-mm.com', url: 'https://fe-mm.com/' },
    { input: 'https://link.csdn.net/?target=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://link.csdn.net/?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://link.csdn.net.evil.example/?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://link.csdn.net.evil.example/?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
