import { definePlatform } from './define-platform';

const format = {
  source: 'yt-dlp/yt-dlp yt_dlp/extractor/hrefli.py; wp-plugins/advanced-wp-hide-referer readme.txt',
  verified: '2026-12-01',
} as const;

// No `domains`: a new top-level domain would widen the search for links written without a scheme.
export default definePlatform({
  id: 'hrefli',
  names: { en: 'href.li', zh: 'href.li' },
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['href.li'],
      path: '/',
      rawQuery: '{u:url}',
      to: '{u}',
      note: 'A referrer-hiding redirect: the target follows `?` unencoded.',
      ...format,
    },
  ],
  examples: [
    { input: 'https://href.li/?https://github.com/a?b=1&c=2', url: 'https://github.com/a?b=1&c=2' },
    { input: 'https://href.li/?javascript:alert(1)', url: null },
    {
      input: 'https://href.li.evil.example/?https://github.com/',
      url: 'https://href.li.evil.example/?https://github.com/',
    },
  ],
});
