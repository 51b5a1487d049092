import { definePlatform } from './define-platform';

const peers = {
  source:
    'PRO-2684/pURLfy-rules tracking.json; maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/bing.com.ts; MerielVaren/remove-link-redirects remove-link-redirects.js',
  verified: '2026-12-01',
} as const;
const ubo = { source: 'uBlockOrigin/uAssets filters/privacy.txt', verified: '2026-12-01' } as const;

export default definePlatform({
  id: 'bing',
  names: { en: 'Bing', zh: '必应' },
  domains: ['bing.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.bing.com', 'cn.bing.com'],
      path: '/ck/a',
      query: { u: 'a1{u:base64}' },
      to: '{u|base64}',
      note: 'u is "a1" followed by url-safe base64 of the target.',
      ...peers,
    },
    ...['/rebates/welcome', '/alink/link'].map((path) => ({
      kind: 'wrapper' as const,
      hosts: ['www.bing.com'],
      path,
      query: { url: '{u:url}' },
      to: '{u}',
      ...ubo,
    })),
  ],
  examples: [
    {
      input:
        'https://www.bing.com/ck/a?!&&p=3f1c0e8a9b2d&u=a1aHR0cHM6Ly9nby5taWNyb3NvZnQuY29tL2Z3bGluay8_bGlua2lkPTg2ODkyMg&ntb=1',
      url: 'https://go.microsoft.com/fwlink/?linkid=868922',
    },
    {
      input: 'https://cn.bing.com/ck/a?!&&p=3f1c0e8a9b2d&u=a1aHR0cHM6Ly9naXRodWIuY29tLw&ntb=1',
      url: 'https://github.com/',
    },
    {
      input: 'https://www.bing.com/rebates/welcome?url=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    {
      input: 'https://www.bing.com/alink/link?url=https%3A%2F%2Fgithub.com%2F&source=serp',
      url: 'https://github.com/',
    },
    { input: 'https://www.bing.com/ck/a?!&&p=3f1c0e8a9b2d&u=a1amF2YXNjcmlwdDphbGVydCgxKQ&ntb=1', url: null },
    { input: 'https://www.bing.com/alink/link?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.bing.com.evil.example/ck/a?!&&u=a1aHR0cHM6Ly9naXRodWIuY29tLw&ntb=1',
      url: 'https://www.bing.com.evil.example/ck/a?!&&u=a1aHR0cHM6Ly9naXRodWIuY29tLw&ntb=1',
    },
  ],
});
