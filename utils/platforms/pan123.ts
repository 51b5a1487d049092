import { definePlatform } from './define-platform';

/**
 * 123pan's share hosts: 123pan.com and 123pan.cn, and the later 123865.com, 123684.com and
 * 123912.com (each `www.` host serves the same `/s/<key>` share pages).
 */
const hosts =
  'qaiu/netdisk-fast-download parser/src/main/java/cn/qaiu/parser/PanDomainTemplate.java; Leon406/jsdelivr js/tampermonkey/netdiskLinkChecker.user.js; https://github.com/qaiu/netdisk-fast-download/issues/105';
/** A share as written: the link, then `提取码:` and four letters and digits (also glued as `?提取码:`). */
const shareTexts =
  'https://github.com/CCmahua/ChatTTS-Enhanced/issues/12; https://github.com/592767809/video_server/issues/48';
/** A link given `?pwd=` broke the share page, so the code is never put into the address: it is the token to copy. */
const noParam = 'https://github.com/syhyz1990/panAI/issues/20';

export default definePlatform({
  id: 'pan123',
  names: { en: '123pan', zh: '123云盘' },
  domains: ['123pan.com', '123pan.cn', '123865.com', '123684.com', '123912.com'],
  accessCodes: [
    {
      hosts: ['123pan.com', '123pan.cn', '123865.com', '123684.com', '123912.com'],
      paths: ['/s/**'],
      labels: ['提取码'],
      lengths: [4],
      source: `${shareTexts}; ${noParam}`,
      verified: '2026-12-01',
    },
  ],
  sources: [hosts, shareTexts, noParam],
  examples: [
    {
      input: 'https://www.123pan.com/s/T3ezjv-oEmVH.html提取码:5oD3',
      url: 'https://www.123pan.com/s/T3ezjv-oEmVH.html',
      token: '5oD3',
    },
    {
      input: 'Download link: https://www.123pan.cn/s/6dWtVv-FZC4h.html The 123 cloud drive cannot be opened',
      url: 'https://www.123pan.cn/s/6dWtVv-FZC4h.html',
    },
  ],
});
