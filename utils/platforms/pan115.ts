import { definePlatform } from './define-platform';

/** 115's share hosts: 115.com, 115cdn.com and anxia.com, each with `/s/<share code>`. */
const hosts =
  'Leon406/jsdelivr js/tampermonkey/netdiskLinkChecker.user.js; qaiu/netdisk-fast-download parser/src/main/java/cn/qaiu/parser/PanDomainTemplate.java';
/**
 * 115 writes the code into the link itself (`/s/sw60op83nuc?password=y909#`), kept as it is; a code
 * written after a link without one is `访问码` (115's own word for it), four letters and digits.
 */
const shareTexts =
  'https://github.com/AlistGo/alist/issues/5384; https://github.com/DDSRem-Dev/MoviePilot-Plugins/issues/89';
/** No public source shows the share page filling its box from the address: such a code is the token to copy. */
const noParam = 'https://github.com/Shimily-3/115-Desktop/issues/135; syhyz1990/panAI panai.user.js';

export default definePlatform({
  id: 'pan115',
  names: { en: '115 Cloud', zh: '115网盘' },
  domains: ['115.com', '115cdn.com', 'anxia.com'],
  accessCodes: [
    {
      hosts: ['115.com', '115cdn.com', 'anxia.com'],
      paths: ['/s/**'],
      labels: ['访问码'],
      lengths: [4],
      source: `${shareTexts}; ${noParam}; ${hosts}`,
      verified: '2026-12-01',
    },
  ],
  sources: [hosts, shareTexts, noParam],
  examples: [
    {
      input: '例如，有个分享链接 https://115.com/s/sw60op83nuc?password=y909#',
      url: 'https://115.com/s/sw60op83nuc?password=y909#',
    },
  ],
});
