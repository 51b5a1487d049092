import { definePlatform } from './define-platform';

/**
 * A post's links to other sites carry onclick="…showUrlAlert…" (a leaving prompt) with onmouseover
 * and onmouseout: maomao1996's nga.cn.ts removes the three from a[onclick*="showUrlAlert"] on
 * bbs.nga.cn, ngabbs.com and g.nga.cn; OldPanda and Leon406 drop the click handlers on nga.178.com too.
 */
const traps = {
  source:
    'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/nga.cn.ts; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; Leon406/jsdelivr js/tampermonkey/freeGo.user.js',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'nga',
  names: { en: 'NGA', zh: 'NGA玩家社区' },
  domains: ['nga.cn', 'ngabbs.com', 'nga.178.com'],
  clickTraps: {
    hosts: ['bbs.nga.cn', 'g.nga.cn', 'ngabbs.com', 'nga.178.com'],
    attributes: ['onclick', 'onmouseover', 'onmouseout'],
    ...traps,
  },
  examples: [
    { input: 'https://bbs.nga.cn/read.php?tid=38319227', url: 'https://bbs.nga.cn/read.php?tid=38319227' },
    { input: 'https://ngabbs.com/read.php?tid=38319227', url: 'https://ngabbs.com/read.php?tid=38319227' },
  ],
});
