import { definePlatform } from './define-platform';

/**
 * Lanzou's share hosts (a user's subdomain of any of them, `zhangxiaodi.lanzoul.com`): lanzou.com
 * and the lanzou + one letter hosts the public parsers list, and lanzn.com.
 */
const hosts =
  'DEKVIW/lanzou-api lanzou_api.py; qaiu/netdisk-fast-download parser/src/main/java/cn/qaiu/parser/PanDomainTemplate.java; Leon406/jsdelivr js/tampermonkey/网盘链接测试.md; WhiteSevs/TamperMonkeyScript 网盘链接识别.js';
/** A share as written: the link, then `密码:` and the code the sharer set (2-6 characters, 12 for a folder). */
const shareTexts =
  'bookshelfplus/bookshelfplus bookshelfplus-frontend/public/assets/javascripts/dashboard/netdiskShareStringUtils.js; zaxtyson/LanZouCloud-API lanzou/api/core.py';
/** No public source shows the share page reading its code from the address: the code is the token to copy. */
const noParam = 'zaxtyson/LanZouCloud-API lanzou/api/core.py; DEKVIW/lanzou-api lanzou_api.py';

const lanzouHosts = [
  'lanzou.com',
  'lanzoub.com',
  'lanzouc.com',
  'lanzoue.com',
  'lanzouf.com',
  'lanzoug.com',
  'lanzouh.com',
  'lanzoui.com',
  'lanzouj.com',
  'lanzouk.com',
  'lanzoul.com',
  'lanzoum.com',
  'lanzouo.com',
  'lanzoup.com',
  'lanzouq.com',
  'lanzous.com',
  'lanzout.com',
  'lanzouu.com',
  'lanzouv.com',
  'lanzouw.com',
  'lanzoux.com',
  'lanzouy.com',
  'lanzn.com',
];

export default definePlatform({
  id: 'lanzou',
  names: { en: 'Lanzou Cloud', zh: '蓝奏云' },
  domains: lanzouHosts,
  accessCodes: [
    {
      hosts: lanzouHosts,
      labels: ['密码', '提取码'],
      lengths: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      source: `${shareTexts}; ${noParam}; ${hosts}`,
      verified: '2026-12-01',
    },
  ],
  sources: [hosts, shareTexts, noParam],
  examples: [
    {
      input: '下载:https://zhangxiaodi.lanzoul.com/iN86f03zh5ab 密码:e0c0',
      url: 'https://zhangxiaodi.lanzoul.com/iN86f03zh5ab',
      token: 'e0c0',
    },
    {
      input: 'https://zhangxiaodi.lanzoul.com/iN86f03zh5ab',
      url: 'https://zhangxiaodi.lanzoul.com/iN86f03zh5ab',
    },
  ],
});
