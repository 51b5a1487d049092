import { definePlatform } from './define-platform';

const source =
  'PRO-2684/pURLfy-rules outgoing.json; maomao1996/tampermonkey-scripts remove-redirect steamcommunity.com.ts; OldPanda/Open-the-F-king-URL-Right-Now; axetroy/anti-redirect steamcommunity.com.ts; ClearURLs/Rules data.min.json';

export default definePlatform({
  id: 'steam',
  names: { en: 'Steam', zh: 'Steam' },
  domains: ['steamcommunity.com', 'steampowered.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['steamcommunity.com'],
      path: '/linkfilter/',
      query: { url: '{u:url}' },
      to: '{u}',
      source,
    },
    {
      kind: 'interstitial',
      hosts: ['steamcommunity.com'],
      path: '/linkfilter/',
      query: { u: '{u:url}' },
      to: '{u}',
      source,
    },
  ],
  examples: [
    {
      input:
        'https://steamcommunity.com/linkfilter/?u=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
      url: 'https://github.com/maomao1996/tampermonkey-scripts',
    },
    {
      input: 'https://steamcommunity.com/linkfilter/?url=https%3A%2F%2Fdeveloper.mozilla.org%2F',
      url: 'https://developer.mozilla.org/',
    },
    { input: 'https://steamcommunity.com/linkfilter/?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://steamcommunity.com.evil.example/linkfilter/?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://steamcommunity.com.evil.example/linkfilter/?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
