import { definePlatform } from './define-platform';

/**
 * Baidu Tieba. The app's "copy link" gives the thread address with share parameters and no
 * wording around it. It stands before `baidu` in the registry to own tieba.baidu.com.
 */
const links =
  'Sorceresssis/TiebaScraper README.md; z-mio/ParseHub src/parsehub/parsers/parser/tieba.py; z-mio/ParseHub test/test_core_offline.py';

export default definePlatform({
  id: 'tieba',
  names: { en: 'Baidu Tieba', zh: '百度贴吧' },
  domains: ['tieba.baidu.com'],
  sources: [links],
  examples: [
    {
      input: 'https://tieba.baidu.com/p/8173224373?share=9105',
      url: 'https://tieba.baidu.com/p/8173224373?share=9105',
    },
    { input: 'https://tieba.baidu.com/p/9939510114?pn=2', url: 'https://tieba.baidu.com/p/9939510114?pn=2' },
  ],
});
