import { definePlatform } from './define-platform';

const source =
  'oneNorth7/LinkHelper 链接助手.user.js (isLinkText: www.coolapp.wang/goto/ links take their anchor text)';

export default definePlatform({
  id: 'coolapp',
  names: { en: 'Coolapp.wang', zh: '酷应用' },
  domains: ['coolapp.wang'],
  pageTargets: [
    {
      // Its /goto/ ids are opaque; the link shows the address it stands for.
      pages: ['coolapp.wang'],
      hosts: ['www.coolapp.wang'],
      path: '/goto/{id:word}',
      from: [{ text: true }],
      source,
      verified: '2026-12-01',
    },
  ],
  sources: [source],
  examples: [
    { input: 'https://www.coolapp.wang/goto/abc123', url: 'https://www.coolapp.wang/goto/abc123' },
    {
      input: 'https://www.coolapp.wang/goto/abc123',
      page: { host: 'www.coolapp.wang', read: 'https://github.com/' },
      url: 'https://github.com/',
    },
    {
      input: 'https://www.coolapp.wang/goto/abc123',
      page: { host: 'www.coolapp.wang', read: '去看看' },
      url: null,
    },
  ],
});
