import { definePlatform } from './define-platform';

/**
 * China Mobile's enterprise drive 移动云空间 (not the consumer 移动云盘) shares on `www.ecpan.cn/web/`,
 * the share key in the fragment (`#/yunpanProxy?…&data=<key>&isShare=1`).
 */
const hosts =
  'qaiu/netdisk-fast-download parser/src/main/java/cn/qaiu/parser/PanDomainTemplate.java; https://github.com/qaiu/netdisk-fast-download/issues/26';
/** A share as written: `链接：` and the link, then `访问密码：` and six letters and digits on the next line. */
const shareTexts =
  'https://github.com/HurryBy/CloudDiskAnalysis/issues/3; https://github.com/huankong233/lanzou_url/issues/11';
/**
 * No public source shows the share page reading its code from the address (a parser's standard link
 * carries none; sharers write it apart): the code is the token to copy.
 */
const noParam =
  'qaiu/netdisk-fast-download parser/src/main/java/cn/qaiu/parser/PanDomainTemplate.java; https://github.com/HurryBy/CloudDiskAnalysis/issues/3';

export default definePlatform({
  id: 'ecpan',
  names: { en: 'China Mobile Cloud Space', zh: '移动云空间' },
  domains: ['ecpan.cn'],
  accessCodes: [
    {
      hosts: ['ecpan.cn'],
      paths: ['/web/**'],
      labels: ['访问密码'],
      lengths: [6],
      source: `${shareTexts}; ${noParam}; ${hosts}`,
      verified: '2026-12-01',
    },
  ],
  sources: [hosts, shareTexts, noParam],
  examples: [
    {
      input:
        '加密：链接：https://www.ecpan.cn/web/#/yunpanProxy?path=%2F%23%2Fdrive%2Foutside&data=8af109ad858523145a5d296d12698a4cWN9cgJMcur&isShare=1\n访问密码：WqIKZD',
      url: 'https://www.ecpan.cn/web/#/yunpanProxy?path=%2F%23%2Fdrive%2Foutside&data=8af109ad858523145a5d296d12698a4cWN9cgJMcur&isShare=1',
      token: 'WqIKZD',
    },
    {
      input:
        '无加密：链接：https://www.ecpan.cn/web/#/yunpanProxy?path=%2F%23%2Fdrive%2Foutside&data=06630f8402ba2a14539a1c57f18d64708gasn&isShare=1',
      url: 'https://www.ecpan.cn/web/#/yunpanProxy?path=%2F%23%2Fdrive%2Foutside&data=06630f8402ba2a14539a1c57f18d64708gasn&isShare=1',
    },
  ],
});
