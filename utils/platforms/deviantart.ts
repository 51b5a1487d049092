import { definePlatform } from './define-platform';

const clearUrls = { source: 'ClearURLs/Rules data.min.json', verified: '2026-12-01' } as const;

export default definePlatform({
  id: 'deviantart',
  names: { en: 'DeviantArt', zh: 'DeviantArt' },
  domains: ['deviantart.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.deviantart.com'],
      path: '/users/outgoing',
      rawQuery: '{u:url}',
      to: '{u}',
      note: 'The "you are leaving DeviantArt" page; the target follows `?` unencoded.',
      ...clearUrls,
    },
  ],
  examples: [
    {
      input: 'https://www.deviantart.com/users/outgoing?https://github.com/a?b=1&c=2',
      url: 'https://github.com/a?b=1&c=2',
    },
    { input: 'https://www.deviantart.com/users/outgoing?javascript:alert(1)', url: null },
    {
      input: 'https://www.deviantart.com.evil.example/users/outgoing?https://github.com/',
      url: 'https://www.deviantart.com.evil.example/users/outgoing?https://github.com/',
    },
  ],
});
