import { definePlatform } from './define-platform';

const research = {
  source:
    'EFForg/privacybadger src/js/first_parties/twitter.js (data-expanded-url); axetroy/anti-redirect src/sites/twitter.com.ts (title, then the link text); maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/twitter.com.ts (a[href*="://t.co/"]: the link text); MerielVaren/remove-link-redirects remove-link-redirects.js (title, then the link text)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'twitter',
  names: { en: 'X (Twitter)', zh: 'X（推特）' },
  domains: ['x.com', 'twitter.com'],
  shortDomains: ['t.co'],
  pageTargets: [
    {
      // t.co ids are opaque; the post shows the address the link stands for. A text cut short with
      // `…` is no whole address and is left alone.
      pages: ['x.com', 'twitter.com'],
      hosts: ['t.co'],
      from: [{ attribute: 'data-expanded-url' }, { attribute: 'title' }, { text: true }],
      ...research,
    },
  ],
  shareText: research,
  sources: [research.source],
  examples: [
    { input: 'https://t.co/aBcD3fGh1J', url: 'https://t.co/aBcD3fGh1J' },
    { input: 'https://x.com/vuejs/status/1', url: 'https://x.com/vuejs/status/1' },
    {
      input: 'https://t.co/aBcD3fGh1J',
      page: { host: 'x.com', read: 'https://vuejs.org/guide/introduction.html' },
      url: 'https://vuejs.org/guide/introduction.html',
    },
    {
      // The text a post shows is often cut: a cut address is no target.
      input: 'https://t.co/aBcD3fGh1J',
      page: { host: 'x.com', read: 'https://vuejs.org/guide/intro…' },
      url: null,
    },
    {
      input: 'https://t.co/aBcD3fGh1J',
      page: { host: 'twitter.com', read: 'https://t.co/zzzzzzzzzz' },
      url: null,
    },
  ],
});
