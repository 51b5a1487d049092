import { definePlatform } from './define-platform';

/** Xunlei's share links: `pan.xunlei.com/s/<key>`. */
const hosts = 'syhyz1990/panAI panai.user.js; Leon406/jsdelivr js/tampermonkey/网盘链接测试.md';
/** A share as written: `链接：` and the link, then `提取码：` and four letters and digits. */
const shareTexts = 'ctfwiki/ctf_game_history 2020/N1CTF.md; https://github.com/syhyz1990/baiduyun/issues/331';
/**
 * Xunlei's own share text writes the code into its link (`/s/VNtt…?pwd=h5r8# 提取码：h5r8`): the share
 * page reads it from `pwd`, so a code written after a link without one goes into it.
 */
const pwdParam = 'https://github.com/syhyz1990/baiduyun/issues/331';

export default definePlatform({
  id: 'xunlei',
  names: { en: 'Xunlei Drive', zh: '迅雷云盘' },
  domains: ['pan.xunlei.com'],
  accessCodes: [
    {
      hosts: ['pan.xunlei.com'],
      paths: ['/s/**'],
      labels: ['提取码'],
      lengths: [4],
      param: 'pwd',
      source: `${shareTexts}; ${pwdParam}; ${hosts}`,
      verified: '2026-12-01',
    },
  ],
  sources: [hosts, shareTexts, pwdParam],
  examples: [
    {
      input: '链接：https://pan.xunlei.com/s/VMduF55-_a0PBZxGEUCHAHdnA1 提取码：678g',
      url: 'https://pan.xunlei.com/s/VMduF55-_a0PBZxGEUCHAHdnA1?pwd=678g',
    },
    {
      input: '链接：https://pan.xunlei.com/s/VNttsNFycqGGOp3WsRRaOOmEA1?pwd=h5r8# 提取码：h5r8',
      url: 'https://pan.xunlei.com/s/VNttsNFycqGGOp3WsRRaOOmEA1?pwd=h5r8#',
    },
    {
      input: '链接：https://pan.xunlei.com/s/VMduF55-_a0PBZxGEUCHAHdnA1 提取码：678',
      url: 'https://pan.xunlei.com/s/VMduF55-_a0PBZxGEUCHAHdnA1',
    },
  ],
});
