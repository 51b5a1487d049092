import { definePlatform } from './define-platform';

const source =
  'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts remove-redirect csdn.net.ts; OldPanda/Open-the-F-king-URL-Right-Now; MerielVaren/remove-link-redirects; WindRunnerMax/TKScript site-director; GreasyFork 461589 OuterChainJump; oneNorth7/LinkHelper';

const traps =
  "A blog article's click handler opens links to other sites through window.open('https://link.csdn.net/?target=…'), and its report script reads data-report-click and data-report-query: maomao1996/tampermonkey-scripts remove-redirect csdn.net.ts (rewriteWindowOpen on blog.csdn.net); anchors of a saved CSDN blog page (2024)";

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
      source,
    },
  ],
  clickTraps: {
    hosts: ['blog.csdn.net'],
    attributes: ['data-report-click', 'data-report-query'],
    source: traps,
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
