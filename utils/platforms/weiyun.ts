import { definePlatform } from './define-platform';

/** Tencent Weiyun's share links: `share.weiyun.com/<key>`. */
const hosts = 'syhyz1990/panAI panai.user.js; Leon406/jsdelivr js/tampermonkey/网盘链接测试.md';
/**
 * A link checker's test list of real shares: the link, then `提取码` and the share's six letters and
 * digits (`…/5s1sxGo 提取码0wilau`).
 */
const shareTexts =
  'https://github.com/Leon406/jsdelivr/blob/04275e0a1d4af5b146d152ee03780ab34d574e18/js/tampermonkey/网盘链接测试.md';
/**
 * No public source shows the share page reading its code from the address (the checker's own `?pwd=`
 * is read by the checker, which types it into the page's box): the code is the token to copy.
 */
const noParam = `${shareTexts}; syhyz1990/panAI panai.user.js`;

export default definePlatform({
  id: 'weiyun',
  names: { en: 'Tencent Weiyun', zh: '腾讯微云' },
  domains: ['share.weiyun.com'],
  accessCodes: [
    {
      hosts: ['share.weiyun.com'],
      labels: ['提取码'],
      lengths: [6],
      source: `${shareTexts}; ${noParam}; ${hosts}`,
      verified: '2026-12-01',
    },
  ],
  sources: [hosts, shareTexts, noParam],
  examples: [
    {
      input: 'https://share.weiyun.com/5s1sxGo 提取码0wilau',
      url: 'https://share.weiyun.com/5s1sxGo',
      token: '0wilau',
    },
    {
      input: '公开分享：https://share.weiyun.com/zf2TkCp6',
      url: 'https://share.weiyun.com/zf2TkCp6',
    },
  ],
});
