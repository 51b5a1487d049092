import { definePlatform } from './define-platform';

/**
 * 360's cloud drive shares on yunpan.com (`www.yunpan.com/surl_<key>`, `<id>.link.yunpan.com/lk/surl_<key>`)
 * and on its older host yunpan.360.cn (`<id>.link.yunpan.360.cn/lk/surl_<key>`).
 */
const hosts =
  'https://github.com/syhyz1990/panAI/pull/44; https://github.com/lingochamp/FileDownloader/issues/1131; syhyz1990/panAI panai.user.js';
/** A share as written: `链接：` and the link, then `（提取码：` and four letters and digits, `）`. */
const shareTexts = 'qaiu/netdisk-fast-download parser/src/main/java/cn/qaiu/parser/PanDomainTemplate.java';
/**
 * No public source shows the share page reading its code from the address (pan scripts keep it
 * themselves and type it into the page's box): the code is the token to copy.
 */
const noParam = 'https://github.com/syhyz1990/panAI/pull/44';

export default definePlatform({
  id: 'yunpan360',
  names: { en: '360 Cloud Drive', zh: '360安全云盘' },
  domains: ['yunpan.com', 'yunpan.360.cn'],
  accessCodes: [
    {
      hosts: ['yunpan.com', 'yunpan.360.cn'],
      paths: ['/surl_{key:word}', '/lk/surl_{key:word}'],
      labels: ['提取码'],
      lengths: [4],
      source: `${shareTexts}; ${noParam}; ${hosts}`,
      verified: '2026-12-01',
    },
  ],
  sources: [hosts, shareTexts, noParam],
  examples: [
    {
      input: '链接：https://www.yunpan.com/surl_yD7wz4VgU9v（提取码：fc70）',
      url: 'https://www.yunpan.com/surl_yD7wz4VgU9v',
      token: 'fc70',
    },
    {
      input: '[下载资源目录](https://cbabae.link.yunpan.360.cn/lk/surl_ydwseCJfKEA#/-0)',
      url: 'https://cbabae.link.yunpan.360.cn/lk/surl_ydwseCJfKEA#/-0',
    },
  ],
});
