import { definePlatform } from './define-platform';

const source1 =
  'maomao1996/tampermonkey-scripts remove-redirect nowcoder.com.ts; OldPanda/Open-the-F-king-URL-Right-Now; GreasyFork 461589 OuterChainJump';
const source2 = 'maomao1996/tampermonkey-scripts remove-redirect nowcoder.com.ts';

export default definePlatform({
  id: 'nowcoder',
  names: { en: 'Nowcoder', zh: '牛客' },
  domains: ['nowcoder.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['hd.nowcoder.com'],
      path: '/link.html',
      query: { target: '{u:url}' },
      to: '{u}',
      source: source1,
    },
    {
      kind: 'wrapper',
      hosts: ['gw-c.nowcoder.com'],
      path: '/api/sparta/jump/link',
      query: { link: '{u:url}' },
      to: '{u}',
      source: source2,
    },
  ],
  examples: [
    { input: 'https://hd.nowcoder.com/link.html?target=https%3A%2F%2Ffe-mm.com', url: 'https://fe-mm.com/' },
    {
      input: 'https://gw-c.nowcoder.com/api/sparta/jump/link?link=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://hd.nowcoder.com/link.html?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://hd.nowcoder.com.evil.example/link.html?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://hd.nowcoder.com.evil.example/link.html?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
