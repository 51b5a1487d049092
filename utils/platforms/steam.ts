import { definePlatform } from './define-platform';

/** Steam's link filter page warns before every link that leaves Steam, because of phishing. */
const warning =
  "https://github.com/Sainan/Universal-Bypass/issues/965 ('displays a warning page … so that scammers won't fool you')";
const research = {
  source: `${warning}; PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; ClearURLs/Rules data.min.json; uBlockOrigin/uAssets filters/privacy.txt; bjornstar/intercept-redirect webextension/index.js`,
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'steam',
  names: { en: 'Steam', zh: 'Steam' },
  domains: ['steamcommunity.com', 'steampowered.com'],
  wrappers: [
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['steamcommunity.com'],
      path: '/linkfilter/',
      query: { url: '{u:url}' },
      to: '{u}',
      ...research,
    },
    {
      kind: 'warning',
      verdict: 'unsafe',
      hosts: ['steamcommunity.com'],
      path: '/linkfilter/',
      query: { u: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input:
        'https://steamcommunity.com/linkfilter/?u=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
      url: 'https://steamcommunity.com/linkfilter/?u=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
    },
    {
      input: 'https://steamcommunity.com/linkfilter/?url=https%3A%2F%2Fdeveloper.mozilla.org%2F',
      url: 'https://steamcommunity.com/linkfilter/?url=https%3A%2F%2Fdeveloper.mozilla.org%2F',
    },
    {
      input: 'https://steamcommunity.com/linkfilter/?url=javascript%3Aalert(1)',
      url: 'https://steamcommunity.com/linkfilter/?url=javascript%3Aalert(1)',
    },
    {
      input: 'https://steamcommunity.com.evil.example/linkfilter/?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://steamcommunity.com.evil.example/linkfilter/?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
