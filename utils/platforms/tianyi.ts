import { definePlatform } from './define-platform';

/** Tianyi Cloud's share links: `cloud.189.cn/t/<code>` and `cloud.189.cn/web/share?code=<code>`. */
const hosts = 'Leon406/jsdelivr js/tampermonkey/netdiskLinkChecker.user.js; syhyz1990/panAI panai.user.js';
/** A share as written: the link, then `（访问码：` and four letters and digits, `）`. */
const shareTexts = 'Tele-AI/Telechat docs/tutorial.md; Leon406/jsdelivr js/tampermonkey/网盘链接测试.md';
/** No public source shows the share page reading its code from the address: the code is the token to copy. */
const noParam = 'Leon406/jsdelivr js/tampermonkey/netdiskLinkChecker.user.js; syhyz1990/panAI panai.user.js';

export default definePlatform({
  id: 'tianyi',
  names: { en: 'Tianyi Cloud', zh: '天翼云盘' },
  domains: ['cloud.189.cn'],
  accessCodes: [
    {
      hosts: ['cloud.189.cn'],
      paths: ['/t/**', '/web/share'],
      labels: ['访问码'],
      lengths: [4],
      source: `${shareTexts}; ${noParam}; ${hosts}`,
      verified: '2026-12-01',
    },
  ],
  sources: [hosts, shareTexts, noParam],
  examples: [
    {
      input: '下载地址：[镜像下载](https://cloud.189.cn/t/EbAriaQfa2mm) （访问码：2uik）',
      url: 'https://cloud.189.cn/t/EbAriaQfa2mm',
      token: '2uik',
    },
    {
      input:
        '为了便于大家快速上手，我们提供了可运行的环境镜像，下载地址：[镜像下载](https://cloud.189.cn/t/EbAriaQfa2mm)',
      url: 'https://cloud.189.cn/t/EbAriaQfa2mm',
    },
  ],
});
