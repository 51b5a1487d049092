import { definePlatform } from './define-platform';

/** The Alipay app's own web pages that open a scheme: official prefixes for a mini-program's openURL. */
const trampolines = { source: 'http://kler.cn/a/4668.html', verified: '2026-12-01' } as const;
/** appId 20000067 opens its url in the app's web container; saId 10000007 is the scanner. */
const container = {
  source:
    'https://www.cnblogs.com/haoran5544/p/18814245 (appId=20000067&url=); WengYuehTing/url-scheme-collection README.md (saId=10000007)',
  verified: '2026-12-01',
} as const;
const zhiToken =
  'ztj555/CallStats app/src/main/java/com/callstats/app/DonateActivity.kt (吱口令 copied for a transfer: 给我转账 Z:/<11>#  W:/j MU3481 $459)';
/**
 * The older 吱口令: Alipay's own guide line with a 10-character code glued to its end, copied whole
 * (the app reads the message from the clipboard).
 */
const gluedToken =
  'yefengjie/yfsms app/src/main/java/com/windcity/yefeng/yfsms/domain/usecase/reward/RewardTask.java (#吱口令#长按复制此条消息，打开支付宝给我转账WOmN0K562J); https://github.com/GeQ1an/MSI-B360M-MORTAR-HACKINTOSH-OPENCORE-EFI/blob/262628c9cd847eb028dd91448de39445ba82aab8/README.md (#吱口令#长按复制此条消息，去支付宝首页进行搜索粘贴即可给我打赏9Rgv0b74jI#)';
/** A payment code: the `qr_code` Alipay's face-to-face order API returns, and people's receiving codes. */
const payCode = {
  source:
    'https://opendocs.alipay.com/open/02ekfg (alipay.trade.precreate: qr_code https://qr.alipay.com/bavh4wjlxf12tper3a)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'alipay',
  names: { en: 'Alipay', zh: '支付宝' },
  domains: ['alipay.com'],
  markers: ['给我转账'],
  shareText: { source: zhiToken, verified: '2026-12-01' },
  tokens: [
    {
      name: { en: 'Alipay token', zh: '吱口令' },
      lengths: [11],
      prefixes: ['Z:/'],
      closer: '#',
      needsMarker: true,
      source: zhiToken,
      verified: '2026-12-01',
    },
    {
      name: { en: 'Alipay token', zh: '吱口令' },
      lengths: [10],
      prefixes: [
        '#吱口令#长按复制此条消息，打开支付宝给我转账',
        '#吱口令#长按复制此条消息，去支付宝首页进行搜索粘贴即可给我打赏',
      ],
      closer: '#',
      source: gluedToken,
      verified: '2026-12-01',
    },
  ],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['render.alipay.com'],
      path: '/p/s/i',
      query: { scheme: '{u:url}' },
      to: '{u}',
      ...trampolines,
    },
    {
      kind: 'wrapper',
      hosts: ['ds.alipay.com'],
      path: '/',
      rawQuery: 'scheme={u:url}',
      to: '{u}',
      ...trampolines,
    },
    {
      kind: 'wrapper',
      hosts: ['ds.alipay.com'],
      path: '/',
      query: { scheme: '{u:url}' },
      to: '{u}',
      ...trampolines,
    },
  ],
  appOnlyCodes: [
    {
      kind: 'payment',
      hosts: ['qr.alipay.com'],
      examples: ['https://qr.alipay.com/bavh4wjlxf12tper3a', 'https://qr.alipay.com/fkx17093ps0eujn4vyf7gd5'],
      ...payCode,
    },
  ],
  schemes: [
    {
      names: ['alipays', 'alipay'],
      routes: [
        { path: 'platformapi/startapp', query: { appId: '20000067', url: '{u:url}' }, to: '{u}' },
        { path: 'platformapi/startapp', to: null, note: 'scan and mini-apps open nothing on the web' },
      ],
      ...container,
    },
  ],
  sources: [trampolines.source, container.source, zhiToken, payCode.source],
  examples: [
    { input: '给我转账 Z:/DIxHmJU82hZ#  W:/j MU3481 $459', url: null, token: 'Z:/DIxHmJU82hZ#' },
    {
      input: '#吱口令#长按复制此条消息，打开支付宝给我转账WOmN0K562J',
      url: null,
      token: '#吱口令#长按复制此条消息，打开支付宝给我转账WOmN0K562J',
    },
    {
      input: '`#吱口令#长按复制此条消息，去支付宝首页进行搜索粘贴即可给我打赏9Rgv0b74jI#`',
      url: null,
      token: '#吱口令#长按复制此条消息，去支付宝首页进行搜索粘贴即可给我打赏9Rgv0b74jI#',
    },
    { input: '#吱口令#长按复制此条消息，打开支付宝给我转账500元', url: null },
    { input: '给我转账 500 元就行', url: null },
    { input: 'Z:/Downloads12/setup.exe', url: null },
    {
      input:
        'alipays://platformapi/startapp?appId=20000067&url=https://ur.alipay.com/_4kQhV32216tp7bzlDc3E1k',
      url: 'https://ur.alipay.com/_4kQhV32216tp7bzlDc3E1k',
    },
    {
      input:
        'https://ds.alipay.com/?scheme=alipays://platformapi/startapp?appId=20000067&url=https://example.org/payload.html',
      url: 'https://example.org/payload.html',
    },
    { input: 'alipays://platformapi/startapp?saId=10000007', url: null },
    { input: 'alipays://platformapi/startapp?appId=20000067&url=javascript:alert(1)', url: null },
  ],
});
