import { definePlatform } from './define-platform';

const peers = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; MerielVaren/remove-link-redirects remove-link-redirects.js; YisRime/TamperMonkeyScript RedirectAll.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'evernote',
  names: { en: 'Evernote', zh: '印象笔记' },
  domains: ['evernote.com', 'yinxiang.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.evernote.com', 'app.yinxiang.com'],
      path: '/OutboundRedirect.action',
      query: { dest: '{u:url}' },
      to: '{u}',
      ...peers,
    },
  ],
  examples: [
    {
      input: 'https://app.yinxiang.com/OutboundRedirect.action?dest=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    {
      input:
        'https://www.evernote.com/OutboundRedirect.action?dest=https%3A%2F%2Fdeveloper.mozilla.org%2Fen-US%2F',
      url: 'https://developer.mozilla.org/en-US/',
    },
    { input: 'https://www.evernote.com/OutboundRedirect.action?dest=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.evernote.com.evil.example/OutboundRedirect.action?dest=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.evernote.com.evil.example/OutboundRedirect.action?dest=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
