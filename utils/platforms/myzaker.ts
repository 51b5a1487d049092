import { definePlatform } from './define-platform';

const research = {
  source: 'OldPanda/Open-the-F-king-URL-Right-Now userscript.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'myzaker',
  names: { en: 'ZAKER', zh: 'ZAKER' },
  domains: ['myzaker.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['iphone.myzaker.com'],
      path: '/zaker/link.php',
      query: { url: '{u:base64}' },
      to: '{u|base64}',
      ...research,
    },
  ],
  examples: [
    {
      input:
        'http://iphone.myzaker.com/zaker/link.php?pk=5e1f2a3b8e9f&url=aHR0cHM6Ly9kZXZlbG9wZXIubW96aWxsYS5vcmcv',
      url: 'https://developer.mozilla.org/',
    },
    {
      input: 'http://iphone.myzaker.com/zaker/link.php?pk=5e1f2a3b8e9f&url=amF2YXNjcmlwdDphbGVydCgxKQ==',
      url: null,
    },
    {
      input: 'http://iphone.myzaker.com.evil.example/zaker/link.php?url=aHR0cHM6Ly9naXRodWIuY29tLw==',
      url: 'http://iphone.myzaker.com.evil.example/zaker/link.php?url=aHR0cHM6Ly9naXRodWIuY29tLw==',
    },
  ],
});
