import { definePlatform } from './define-platform';

/**
 * Share texts as the Quark app writes them: `我用夸克网盘（给你）分享了「name」…打开「夸克APP」…`, the
 * app's code `/~79313YhCQU~:/`, `链接：…`, and `提取码：…` when the share has one.
 */
const shareTexts =
  'zhinianboke/xianyu-auto-reply README.md; cieme/simulation-vue3-pixijs README.md; Leon406/jsdelivr js/tampermonkey/netdiskLinkChecker.user.js';
/**
 * The code between `/~` and `~:/` is what the Quark app reads from the clipboard ("复制整段内容，打开
 * 「夸克APP」即可获取"); no web page stands for it, so it is only ever a token to copy.
 */
const appCode = 'zhinianboke/xianyu-auto-reply README.md';
/**
 * No public source confirms that the share page fills its code box from the address: a 2025 report
 * found `?pwd=` ignored where `?passcode=` worked, so the code stays a token to copy.
 */
const noParam = 'https://github.com/ihmily/QuarkPanTool/issues/21; syhyz1990/panAI panai.user.js';

export default definePlatform({
  id: 'quark',
  names: { en: 'Quark Drive', zh: '夸克网盘' },
  domains: ['pan.quark.cn'],
  markers: ['我用夸克网盘', '打开「夸克APP」', '打开「夸克网盘APP」'],
  shareText: { source: shareTexts, verified: '2026-12-01' },
  tokens: [
    {
      name: { en: 'Quark share code', zh: '夸克口令' },
      lengths: [10],
      prefixes: ['/~'],
      closer: '~:/',
      needsMarker: true,
      source: appCode,
      verified: '2026-12-01',
    },
  ],
  accessCodes: [
    {
      hosts: ['pan.quark.cn'],
      paths: ['/s/**'],
      labels: ['提取码'],
      lengths: [4],
      source: `${shareTexts}; ${noParam}`,
      verified: '2026-12-01',
    },
  ],
  sources: [shareTexts, appCode, noParam],
  examples: [
    {
      input:
        '我用夸克网盘给你分享了「自动发货」，点击链接或复制整段内容，打开「夸克网盘APP」即可获取。\n/~79313YhCQU~:/\n链接：https://pan.quark.cn/s/af567356cba7',
      url: 'https://pan.quark.cn/s/af567356cba7',
      token: '/~79313YhCQU~:/',
    },
    {
      input:
        '【大厂前端场景题合集➕求职大师课】\n链接：https://pan.quark.cn/s/e83c0e33809b\n提取码：Xz9V\n夸克网盘 面试题提取',
      url: 'https://pan.quark.cn/s/e83c0e33809b',
      token: 'Xz9V',
    },
    {
      input:
        '我用夸克网盘给你分享了「自动发货」，点击链接或复制整段内容，打开「夸克网盘APP」即可获取。\n/~79313YhCQU~:/',
      url: null,
      token: '/~79313YhCQU~:/',
    },
  ],
});
