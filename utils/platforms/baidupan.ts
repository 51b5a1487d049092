import { definePlatform } from './define-platform';

/** Share texts as the Baidu Netdisk apps write them (PC and phone), with and without `?pwd=`. */
const shareTexts =
  'smloli/panCheckUrl main.go; bookshelfplus/bookshelfplus bookshelfplus-frontend/public/assets/javascripts/dashboard/netdiskShareStringUtils.js';
/**
 * The share page fills its code box from `pwd`: a link with `?pwd=` opens the files directly, on
 * `/s/…` and on `/share/init?surl=…` alike.
 */
const pwdParam =
  'https://github.com/hxz393/BaiduPanFilesTransfers/issues/99; https://github.com/qjfoidnh/BaiduPCS-Go/pull/538; https://github.com/qjfoidnh/BaiduPCS-Go/issues/254';
/** Share hosts (`pan`, `yun`) and paths (`/s/…`, `/share/init?surl=…`); codes are four letters and digits. */
const hosts =
  'Leon406/jsdelivr js/tampermonkey/netdiskLinkChecker.user.js; https://github.com/ly0/baidupcsapi/issues/32';

export default definePlatform({
  id: 'baidupan',
  names: { en: 'Baidu Netdisk', zh: '百度网盘' },
  domains: ['pan.baidu.com', 'yun.baidu.com'],
  markers: ['复制这段内容后打开百度网盘手机App', '复制这段内容打开「百度网盘」APP'],
  shareText: { source: shareTexts, verified: '2026-12-01' },
  accessCodes: [
    {
      hosts: ['pan.baidu.com', 'yun.baidu.com'],
      paths: ['/s/**', '/share/init'],
      labels: ['提取码', '密码'],
      lengths: [4],
      param: 'pwd',
      source: `${pwdParam}; ${hosts}; ${shareTexts}`,
      verified: '2026-12-01',
    },
  ],
  sources: [shareTexts, pwdParam, hosts],
  examples: [
    {
      input:
        '链接: https://pan.baidu.com/s/1YZnL2-TC3Wy5bshU7fntxg 提取码: qku6 复制这段内容后打开百度网盘手机App，操作更方便哦',
      url: 'https://pan.baidu.com/s/1YZnL2-TC3Wy5bshU7fntxg?pwd=qku6',
    },
    {
      input: '链接:https://pan.baidu.com/s/1U88Wwm560vbvyJX0cw9J-Q 提取码:7deh',
      url: 'https://pan.baidu.com/s/1U88Wwm560vbvyJX0cw9J-Q?pwd=7deh',
    },
    {
      input: '链接: http://pan.baidu.com/s/1c0Er78G 密码: 2cci',
      url: 'https://pan.baidu.com/s/1c0Er78G?pwd=2cci',
    },
    {
      input:
        '链接：https://pan.baidu.com/s/1YBeqYwrka7Z9G0H0q0GO_w?pwd=60va\n提取码：60va\n复制这段内容后打开百度网盘手机App，操作更方便哦',
      url: 'https://pan.baidu.com/s/1YBeqYwrka7Z9G0H0q0GO_w?pwd=60va',
    },
    {
      input: 'https://pan.baidu.com/s/1U88Wwm560vbvyJX0cw9J-Q 提取码: 7de',
      url: 'https://pan.baidu.com/s/1U88Wwm560vbvyJX0cw9J-Q',
    },
  ],
});
