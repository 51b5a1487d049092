import { definePlatform } from './define-platform';

/**
 * CTFile's share hosts: ctfile.com (users' `urlNN.` subdomains) and its other domains 474b.com,
 * 545c.com, u062.com and ghpym.com, with `/f/<uid>-<fid>-<hash>` or `/file/<uid>-<fid>` links.
 */
const hosts =
  'qaiu/netdisk-fast-download parser/src/main/java/cn/qaiu/parser/PanDomainTemplate.java; https://github.com/syhyz1990/panAI/issues/26; https://github.com/syhyz1990/panAI/issues/4';
/** A share as the site writes it: the link with `?p=<code>`, then `(访问密码: <code>)`. */
const shareTexts =
  'kennycaiguo/kenny-web-fullstack-dev README.md; https://github.com/syhyz1990/panAI/issues/21';
/**
 * The share page reads its code from `p`: its own request sends the address's `?p=7548` as
 * `passcode=7548`, so a code written after a link without one goes into it.
 */
const pParam = 'qaiu/netdisk-fast-download parser/src/main/java/cn/qaiu/parser/impl/CtTool.java';

const ctfileHosts = ['ctfile.com', '474b.com', '545c.com', 'u062.com', 'ghpym.com'];

export default definePlatform({
  id: 'ctfile',
  names: { en: 'CTFile', zh: '城通网盘' },
  domains: ctfileHosts,
  accessCodes: [
    {
      hosts: ctfileHosts,
      paths: ['/f/**', '/file/**'],
      labels: ['访问密码'],
      lengths: [4],
      param: 'p',
      source: `${shareTexts}; ${pParam}; ${hosts}`,
      verified: '2026-12-01',
    },
  ],
  sources: [hosts, shareTexts, pParam],
  examples: [
    {
      input:
        '课程修改源码下载地址: https://url90.ctfile.com/f/52133290-1024965940-ba02bc?p=9506   (访问密码: 9506)',
      url: 'https://url90.ctfile.com/f/52133290-1024965940-ba02bc?p=9506',
    },
    {
      input: 'https://url90.ctfile.com/f/52133290-1024965940-ba02bc (访问密码: 9506)',
      url: 'https://url90.ctfile.com/f/52133290-1024965940-ba02bc?p=9506',
    },
    {
      input: '照片拼贴制作 Shape Collage.rar：https://545c.com/file/650393-447456301',
      url: 'https://545c.com/file/650393-447456301',
    },
  ],
});
