import { definePlatform } from './define-platform';

/** China Unicom's cloud drive shares on `pan.wo.cn/s/<key>`. */
const hosts = 'https://github.com/AlistGo/alist/issues/4541; https://github.com/syhyz1990/panAI/pull/44';
/** A share as written: `联通云盘：` and the link, then `密码: ` and four letters and digits. */
const shareTexts = 'kurimuson/java_map_download README.md';
/** No public source shows the share page reading its code from the address: the code is the token to copy. */
const noParam = 'https://github.com/syhyz1990/panAI/pull/44';

export default definePlatform({
  id: 'wopan',
  names: { en: 'China Unicom Cloud', zh: '联通云盘' },
  domains: ['pan.wo.cn'],
  accessCodes: [
    {
      hosts: ['pan.wo.cn'],
      paths: ['/s/**'],
      labels: ['密码'],
      lengths: [4],
      source: `${shareTexts}; ${noParam}; ${hosts}`,
      verified: '2026-12-01',
    },
  ],
  sources: [hosts, shareTexts, noParam],
  examples: [
    {
      input: '- 联通云盘：https://pan.wo.cn/s/2N1u0E1184 密码: uqVN',
      url: 'https://pan.wo.cn/s/2N1u0E1184',
      token: 'uqVN',
    },
    {
      input: '- 联通云盘：https://pan.wo.cn/s/2N1u0E1184',
      url: 'https://pan.wo.cn/s/2N1u0E1184',
    },
  ],
});
