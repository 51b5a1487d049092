import { definePlatform } from './define-platform';

const traps =
  'A post\'s links to other sites carry onclick="…showUrlAlert…" (a leaving prompt) with onmouseover and onmouseout: maomao1996/tampermonkey-scripts remove-redirect nga.cn.ts removes the three from a[onclick*="showUrlAlert"]; the redirect research (redirects.json) lists NGA\'s in-page prompt with OldPanda/Open-the-F-king-URL-Right-Now and Leon406';

export default definePlatform({
  id: 'nga',
  names: { en: 'NGA', zh: 'NGA玩家社区' },
  domains: ['nga.cn', 'ngabbs.com', 'nga.178.com'],
  clickTraps: {
    hosts: ['bbs.nga.cn', 'g.nga.cn', 'ngabbs.com', 'nga.178.com'],
    attributes: ['onclick', 'onmouseover', 'onmouseout'],
    source: traps,
  },
  examples: [
    { input: 'https://bbs.nga.cn/read.php?tid=38319227', url: 'https://bbs.nga.cn/read.php?tid=38319227' },
    { input: 'https://ngabbs.com/read.php?tid=38319227', url: 'https://ngabbs.com/read.php?tid=38319227' },
  ],
});
