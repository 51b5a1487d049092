import { definePlatform } from './define-platform';

const TOPSDK = 'makelove/Taobao_topsdk 测试/淘口令-解析淘口令1.py';
/**
 * 淘口令: 11 letters and digits between any wrappers (mismatched or missing ones too); the copied
 * text is what Taobao's own reader (taobao.wireless.share.tpwd.query) is given, and its answer's
 * `sp_tk` is the wrapped token in base64.
 */
const token = {
  source: `https://github.com/Coolkkmeat/TaobaoCommandParse/issues/2; https://github.com/Coolkkmeat/TaobaoCommandParse/issues/5; ${TOPSDK} (reads the copied text: ￥AEpabxiRg0u￥, 描述￥i9CMbz0hLPo￥后; answers sp_tk=base64)`,
  verified: '2026-12-01',
} as const;
/** The answer's `native_url`: `tbopen://m.taobao.com/tbopen/index.html?…&h5Url=<encoded page>`. */
const tbopen = { source: `${TOPSDK} (native_url)`, verified: '2026-12-01' } as const;
/** Apps open a Taobao page by swapping its `https://` for `taobao://`; search is `taobao://s.taobao.com?q=`. */
const taobaoScheme = {
  source:
    'imokyou/wx2tb public/static/js/tb.js (taobao:// + the address without its scheme); WengYuehTing/url-scheme-collection README.md (taobao://s.taobao.com?q=)',
  verified: '2026-12-01',
} as const;
/** Not traced to a named public file: seen only in unnamed public link converters; the nearest source is the tbopen form above. */
const untraced = { source: `${TOPSDK} (native_url)`, verified: '2026-11-24' } as const;
/** A share text: `【title】https://m.tb.cn/h.… 点击链接，再选择浏览器咑閞；或復·制这段描述￥…￥后咑閞👉淘♂寳♀👈`; e.tb.cn is the newer host. */
const shareText = {
  source: `${TOPSDK}; https://github.com/wujunwei928/parse-video-py/issues/56 (e.tb.cn/h.…)`,
  verified: '2026-12-01',
} as const;

/** Characters seen around 淘口令 tokens; they change often to dodge filters, so any of them counts. */
export const taobaoTokenWrappers = [
  '￥',
  '¥',
  '€',
  '₤',
  '£',
  '¢',
  '$',
  '₳',
  '₰',
  '₴',
  '(',
  ')',
  '（',
  '）',
  '/',
  '🎵',
  '📲',
  '😺',
];

export default definePlatform({
  id: 'taobao',
  names: { en: 'Taobao', zh: '淘宝' },
  appNames: ['手淘', '淘宝网'],
  domains: ['taobao.com', 'world.taobao.com'],
  shortDomains: ['tb.cn'],
  shareText,
  markers: ['【淘宝】', '淘宝搜索直接打开', '打开淘宝', '淘♂寳', '綯℡寳', 'τao寶', 'tao寳'],
  titles: ['corner-after', 'lenticular-before', 'lenticular-after'],
  searchUrl: 'https://s.taobao.com/search?q={title}',
  tokens: [
    {
      name: { en: 'Taobao token', zh: '淘口令' },
      lengths: [11],
      wrappers: taobaoTokenWrappers,
      channelCode: true,
      mixedCase: true,
      params: [{ name: 'tk' }, { name: 'sp_tk', base64: true }],
      ...token,
    },
  ],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['ace.tb.cn'],
      path: '/t',
      query: { smburl: '{u:url}' },
      to: '{u}',
      note: 'ace.tb.cn/t?smburl= (the universal link around a tbopen:// link) is not traced to a named public file.',
      ...untraced,
    },
  ],
  schemes: [
    { names: ['tbopen'], routes: [{ query: { h5Url: '{u:url}' }, to: '{u}' }], ...tbopen },
    {
      names: ['taobao'],
      routes: [
        {
          query: { h5Url: '{u:url}' },
          to: '{u}',
          note: 'taobao:// with h5Url= is not traced to a named public file.',
          ...untraced,
        },
        { path: 's.taobao.com', query: { q: '{q:text}' }, to: 'https://s.taobao.com/search?q={q}' },
        { path: '{p:rest}', rawQuery: '{q:rest}', to: 'https://{p}?{q}', ownHostsOnly: true },
        { path: '{p:rest}', to: 'https://{p}', ownHostsOnly: true },
      ],
      ...taobaoScheme,
    },
  ],
  appLinks: [
    {
      hosts: ['item.taobao.com'],
      path: '/item.htm',
      query: { id: '{id:digits}' },
      to: 'taobao://item.taobao.com/item.htm?id={id}',
      ...taobaoScheme,
    },
    {
      hosts: ['s.taobao.com'],
      path: '/search',
      query: { q: '{q:text}' },
      to: 'taobao://s.taobao.com?q={q}',
      ...taobaoScheme,
    },
  ],
  canonical: [
    {
      hosts: ['a.m.taobao.com'],
      path: '/i{id:digits}.htm',
      to: 'https://item.taobao.com/item.htm?id={id}',
      source: `${TOPSDK} (url: https://a.m.taobao.com/i572456021063.htm)`,
      verified: '2026-12-01',
    },
    {
      hosts: ['h5.m.taobao.com'],
      path: '/awp/core/detail.htm',
      query: { id: '{id:digits}' },
      to: 'https://item.taobao.com/item.htm?id={id}',
      source:
        'https://github.com/longbeidou/taobaoke/issues/2 (an item given as h5.m.taobao.com/awp/core/detail.htm?id=…)',
      verified: '2026-12-01',
    },
    {
      hosts: ['main.m.taobao.com'],
      path: '/security-h5-detail/home',
      query: { id: '{id:digits}' },
      to: 'https://item.taobao.com/item.htm?id={id}',
      note: 'This mobile item page is not traced to a named public file; the nearest source shows another mobile item page.',
      ...untraced,
    },
    {
      hosts: ['market.m.taobao.com'],
      path: '/app/detail-project/pages/pages/index',
      query: { id: '{id:digits}' },
      to: 'https://item.taobao.com/item.htm?id={id}',
      note: 'This mobile item page is not traced to a named public file; the nearest source shows another mobile item page.',
      ...untraced,
    },
  ],
  sources: [token.source, taobaoScheme.source],
  examples: [
    {
      input:
        '【淘宝】7天无理由退货 https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX MF278 「IZ乐队 - 路过旧天堂书店 12寸2LP半透明棕色胶+画册套盒现货包邮」\n点击链接直接打开 或者 淘宝搜索直接打开',
      url: 'https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX',
      title: 'IZ乐队 - 路过旧天堂书店 12寸2LP半透明棕色胶+画册套盒现货包邮',
      token: '4OaXgGvWPKX',
    },
    { input: '￥dAEYbi4KO4D￥', url: null, token: '￥dAEYbi4KO4D￥' },
    {
      input: '【2018夏季新款女装薄款白色打底内衣】复制这段描述€g1IVbaMXxxK€后到淘♂寳♀',
      url: 'https://s.taobao.com/search?q=2018%E5%A4%8F%E5%AD%A3%E6%96%B0%E6%AC%BE%E5%A5%B3%E8%A3%85%E8%96%84%E6%AC%BE%E7%99%BD%E8%89%B2%E6%89%93%E5%BA%95%E5%86%85%E8%A1%A3',
      appLink:
        'taobao://s.taobao.com?q=2018%E5%A4%8F%E5%AD%A3%E6%96%B0%E6%AC%BE%E5%A5%B3%E8%A3%85%E8%96%84%E6%AC%BE%E7%99%BD%E8%89%B2%E6%89%93%E5%BA%95%E5%86%85%E8%A1%A3',
      token: '€g1IVbaMXxxK€',
    },
    {
      input: 'taobao://item.taobao.com/item.htm?id=601009971043',
      url: 'https://item.taobao.com/item.htm?id=601009971043',
      appLink: 'taobao://item.taobao.com/item.htm?id=601009971043',
    },
    { input: 'taobao://evil.example/item.htm?id=1', url: null },
    {
      input:
        'tbopen://m.taobao.com/tbopen/index.html?action=ali.open.nav&h5Url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D551017384075',
      url: 'https://item.taobao.com/item.htm?id=551017384075',
      appLink: 'taobao://item.taobao.com/item.htm?id=551017384075',
    },
    {
      input: 'https://a.m.taobao.com/i601009971043.htm?price=9.9',
      url: 'https://item.taobao.com/item.htm?id=601009971043',
      appLink: 'taobao://item.taobao.com/item.htm?id=601009971043',
    },
    { input: '有事打我电话 13800138000', url: null },
    { input: '(performance) 和 (JavaScripts) 都不是口令', url: null },
    {
      input: 'https://item.taobao.com/item.htm?id=601009971043',
      url: 'https://item.taobao.com/item.htm?id=601009971043',
      appLink: 'taobao://item.taobao.com/item.htm?id=601009971043',
    },
    {
      input: 'https://s.taobao.com/search?q=%E8%83%B6%E7%89%87%E7%9B%B8%E6%9C%BA',
      url: 'https://s.taobao.com/search?q=%E8%83%B6%E7%89%87%E7%9B%B8%E6%9C%BA',
      appLink: 'taobao://s.taobao.com?q=%E8%83%B6%E7%89%87%E7%9B%B8%E6%9C%BA',
    },
  ],
});
