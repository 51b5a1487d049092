import { definePlatform } from './define-platform';

const research = {
  source: 'ClearURLs/Rules data.min.json',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'reddit',
  names: { en: 'Reddit', zh: 'Reddit' },
  domains: ['reddit.com', 'redditmail.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['out.reddit.com'],
      query: { url: '{u:url}' },
      to: '{u}',
      ...research,
    },
  ],
  examples: [
    {
      input: 'https://out.reddit.com/t3_1abcde?url=https%3A%2F%2Fgithub.com%2F&token=AQAAabc&app_name=web2x',
      url: 'https://github.com/',
    },
    { input: 'https://out.reddit.com/t3_1abcde?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://out.reddit.com.evil.example/t3_1abcde?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://out.reddit.com.evil.example/t3_1abcde?url=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
