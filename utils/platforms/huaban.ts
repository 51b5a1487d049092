import { definePlatform } from './define-platform';

const source =
  'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/huaban.com.ts (.wrapper button.ant-btn)';

export default definePlatform({
  id: 'huaban',
  names: { en: 'Huaban', zh: '花瓣网' },
  domains: ['huaban.com'],
  pageInterstitials: [
    {
      // Its url parameter holds a bare host; the page's own button knows the whole target.
      hosts: ['huaban.com'],
      path: '/go',
      click: ['.wrapper button.ant-btn'],
      source,
      verified: '2026-12-01',
    },
  ],
  sources: [source],
  examples: [
    {
      input: 'https://huaban.com/go?pin_id=5108412769&url=weibo.com',
      url: 'https://huaban.com/go?pin_id=5108412769&url=weibo.com',
    },
  ],
});
