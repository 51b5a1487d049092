import { definePlatform } from './define-platform';

/**
 * Known for its web domain only: Douban's book pages link to Dangdang's shop through a wrapper, and the
 * engine gives a known host's direct link as https (douban.ts's examples rely on it).
 */
export default definePlatform({
  id: 'dangdang',
  names: { en: 'Dangdang', zh: '当当' },
  domains: ['dangdang.com'],
  sources: ['https://www.dangdang.com/'],
  examples: [
    { input: 'https://www.dangdang.com/', url: 'https://www.dangdang.com/' },
    { input: '当当 的网页版', url: null },
  ],
});
