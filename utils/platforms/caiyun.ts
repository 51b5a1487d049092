import { definePlatform } from './define-platform';

/**
 * China Mobile's cloud drive (formerly 和彩云) shares on `caiyun.139.com` (`/m/i?<key>`, `/w/i/<key>`)
 * and on `yun.139.com` (`/shareweb/#/w/i/<key>`).
 */
const hosts =
  'https://github.com/qaiu/netdisk-fast-download/issues/91; https://github.com/qaiu/netdisk-fast-download/issues/117; syhyz1990/panAI panai.user.js';
/**
 * The app's share text: `链接: … 提取码:6s8e 复制内容打开中国移动云盘手机APP，操作更方便哦`; a link
 * checker's list writes the code on the next line.
 */
const shareTexts =
  'https://github.com/qaiu/netdisk-fast-download/issues/117; Leon406/jsdelivr js/tampermonkey/网盘链接测试.md';
/** No public source shows the share page reading its code from the address: the code is the token to copy. */
const noParam = 'syhyz1990/panAI panai.user.js; Leon406/jsdelivr js/tampermonkey/网盘链接测试.md';

export default definePlatform({
  id: 'caiyun',
  names: { en: 'China Mobile Cloud', zh: '中国移动云盘' },
  domains: ['caiyun.139.com', 'yun.139.com'],
  markers: ['复制内容打开中国移动云盘手机APP'],
  shareText: { source: shareTexts, verified: '2026-12-01' },
  accessCodes: [
    {
      hosts: ['caiyun.139.com', 'yun.139.com'],
      paths: ['/m/i', '/w/i/**', '/shareweb/**'],
      labels: ['提取码'],
      lengths: [4],
      source: `${shareTexts}; ${noParam}; ${hosts}`,
      verified: '2026-12-01',
    },
  ],
  sources: [hosts, shareTexts, noParam],
  examples: [
    {
      input:
        '链接: https://caiyun.139.com/w/i/2oRgX2UQvEe3x  提取码:6s8e  复制内容打开中国移动云盘手机APP，操作更方便哦',
      url: 'https://caiyun.139.com/w/i/2oRgX2UQvEe3x',
      token: '6s8e',
    },
    {
      input: '链接:https://caiyun.139.com/m/i?0C5CKSQ32wuk3\n    提取码:5Bvt',
      url: 'https://caiyun.139.com/m/i?0C5CKSQ32wuk3',
      token: '5Bvt',
    },
    {
      input: 'https://yun.139.com/shareweb/#/w/i/2jQXnjjgxQo3k',
      url: 'https://yun.139.com/shareweb/#/w/i/2jQXnjjgxQo3k',
    },
  ],
});
