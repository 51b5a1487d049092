import { definePlatform } from './define-platform';

const clearUrls = { source: 'ClearURLs/Rules data.min.json', verified: '2026-12-01' } as const;

// No `domains`: a new top-level domain would widen the search for links written without a scheme.
export default definePlatform({
  id: 'anonymto',
  names: { en: 'anonym.to', zh: 'anonym.to' },
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['anonym.to'],
      path: '/',
      rawQuery: '{u:url}',
      to: '{u}',
      note: 'A referrer-hiding redirect: the whole query is the target (ClearURLs takes the text after the last `?` instead, which cuts a target with a query).',
      ...clearUrls,
    },
  ],
  examples: [
    { input: 'https://anonym.to/?https://github.com/a?b=1', url: 'https://github.com/a?b=1' },
    { input: 'https://anonym.to/?javascript:alert(1)', url: null },
    {
      input: 'https://anonym.to.evil.example/?https://github.com/',
      url: 'https://anonym.to.evil.example/?https://github.com/',
    },
  ],
});
