import { definePlatform } from './define-platform';

const clearUrls = { source: 'ClearURLs/Rules data.min.json', verified: '2026-12-01' } as const;

export default definePlatform({
  id: 'imgsrc',
  names: { en: 'iMGSRC.RU', zh: 'iMGSRC.RU' },
  domains: ['imgsrc.ru'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['dlp.imgsrc.ru'],
      path: '/go/{a:digits}/{b:digits}/{c:digits}/{u:url}',
      to: '{u}',
      ...clearUrls,
    },
  ],
  examples: [
    { input: 'https://dlp.imgsrc.ru/go/1/2/3/https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://dlp.imgsrc.ru/go/1/2/3/javascript%3Aalert(1)', url: null },
    {
      input: 'https://dlp.imgsrc.ru.evil.example/go/1/2/3/https%3A%2F%2Fgithub.com%2F',
      url: 'https://dlp.imgsrc.ru.evil.example/go/1/2/3/https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
