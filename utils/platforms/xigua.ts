import { definePlatform } from './define-platform';

/**
 * Xigua's links: `www.ixigua.com/<id>`, the short `v.ixigua.com/<code>/` (it redirects there), and the
 * mobile `m.ixigua.com/video/<id>`. No share text with its wording was found in public material, so
 * the platform has hosts and no markers; short links stay as they are.
 */
const hosts = {
  source: 'iawia002/lux extractors/ixigua/ixigua.go; zhiyu1998/rconsole-plugin utils/general-link-adapter.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'xigua',
  names: { en: 'Xigua Video', zh: '西瓜视频' },
  domains: ['ixigua.com'],
  canonical: [
    {
      hosts: ['m.ixigua.com'],
      path: '/video/{id:digits}/**',
      to: 'https://www.ixigua.com/{id}',
      note: 'The parser reads the id from `/video/<id>` and opens `www.ixigua.com/<id>`.',
      source: 'zhiyu1998/rconsole-plugin utils/general-link-adapter.js',
      verified: '2026-12-01',
    },
  ],
  sources: [hosts.source],
  examples: [
    { input: 'https://v.ixigua.com/RedcbWM/', url: 'https://v.ixigua.com/RedcbWM/' },
    {
      input: 'https://m.ixigua.com/video/7270448082586698281',
      url: 'https://www.ixigua.com/7270448082586698281',
    },
    {
      input: 'https://www.ixigua.com/7053389963487871502',
      url: 'https://www.ixigua.com/7053389963487871502',
    },
    { input: '打开西瓜视频', url: null },
  ],
});
