import { definePlatform } from './define-platform';

/**
 * No public rule unwraps this wrapper: its format is only seen in links pasted from ByteDance's IM and
 * Doubao answers, so the wrapper's own address is the nearest public source.
 */
const research = { source: 'https://link.wtturl.cn/', verified: '2026-11-24' } as const;

export default definePlatform({
  id: 'wtturl',
  names: { en: 'ByteDance IM link', zh: '字节跳动' },
  domains: ['wtturl.cn'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['link.wtturl.cn'],
      path: '/',
      query: { target: '{u:url}' },
      to: '{u}',
      note: 'No public unwrapping rule found: target= carries the encoded address, then scene=im&aid=…&lang=zh.',
      ...research,
    },
  ],
  examples: [
    {
      input: 'https://link.wtturl.cn/?target=https%3A%2F%2Fgo.dev%2Fdl%2F&scene=im&aid=582478&lang=zh',
      url: 'https://go.dev/dl/',
    },
    { input: 'https://link.wtturl.cn/?target=https%3A%2F%2Fgithub.com%2F', url: 'https://github.com/' },
    { input: 'https://link.wtturl.cn/?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://link.wtturl.cn.evil.example/?target=https%3A%2F%2Fgithub.com%2F',
      url: 'https://link.wtturl.cn.evil.example/?target=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
