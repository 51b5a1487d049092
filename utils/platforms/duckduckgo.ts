import { definePlatform } from './define-platform';

const clearUrls = { source: 'ClearURLs/Rules data.min.json', verified: '2026-12-01' } as const;

export default definePlatform({
  id: 'duckduckgo',
  names: { en: 'DuckDuckGo', zh: 'DuckDuckGo' },
  domains: ['duckduckgo.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['duckduckgo.com'],
      path: '/l/',
      query: { uddg: '{u:url}' },
      to: '{u}',
      ...clearUrls,
    },
  ],
  examples: [
    {
      input: 'https://duckduckgo.com/l/?uddg=https%3A%2F%2Fdeveloper.mozilla.org%2F&rut=0a1b2c3d4e',
      url: 'https://developer.mozilla.org/',
    },
    { input: 'https://duckduckgo.com/l/?uddg=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://duckduckgo.com/l/?uddg=javascript%3Aalert(1)', url: null },
    {
      input: 'https://duckduckgo.com.evil.example/l/?uddg=https%3A%2F%2Fgithub.com%2F',
      url: 'https://duckduckgo.com.evil.example/l/?uddg=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
