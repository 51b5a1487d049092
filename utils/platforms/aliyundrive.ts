import { definePlatform } from './define-platform';

/**
 * Share texts as the Aliyun Drive apps write them (`「name」link 提取码: abcd`, then the app's line),
 * on aliyundrive.com and on its later host alipan.com.
 */
const shareTexts =
  'bookshelfplus/bookshelfplus bookshelfplus-frontend/public/assets/javascripts/dashboard/netdiskShareStringUtils.js; smloli/panCheckUrl main.go; syhyz1990/panAI panai.user.js';
/**
 * No public source shows the share page reading its code from the address (link checkers and
 * pan scripts type it into the page's box), so the code is the token to copy.
 */
const noParam = 'Leon406/jsdelivr js/tampermonkey/netdiskLinkChecker.user.js; syhyz1990/panAI panai.user.js';

export default definePlatform({
  id: 'aliyundrive',
  names: { en: 'Aliyun Drive', zh: '阿里云盘' },
  domains: ['aliyundrive.com', 'alipan.com'],
  markers: ['打开「阿里云盘」APP', '打开「阿里云盘」App', '我用阿里云盘分享了'],
  shareText: { source: shareTexts, verified: '2026-12-01' },
  accessCodes: [
    {
      hosts: ['aliyundrive.com', 'alipan.com'],
      paths: ['/s/**'],
      labels: ['提取码'],
      lengths: [4],
      source: `${shareTexts}; ${noParam}`,
      verified: '2026-12-01',
    },
  ],
  sources: [shareTexts, noParam],
  examples: [
    {
      input:
        '「实战Nginx.pdf」https://www.aliyundrive.com/s/pquxbpPfj2u 提取码: en86\n点击链接保存，或者复制本段内容，打开「阿里云盘」APP ，无需下载极速在线查看，视频原画倍速播放。',
      url: 'https://www.aliyundrive.com/s/pquxbpPfj2u',
      token: 'en86',
    },
    {
      input:
        '我用阿里云盘分享了「loli.7z.png」，你可以不限速下载🚀 复制这段内容打开「阿里云盘」App 即可获取 链接：https://www.aliyundrive.com/s/bEBTKwaCK4K',
      url: 'https://www.aliyundrive.com/s/bEBTKwaCK4K',
    },
  ],
});
