import { definePlatform } from './define-platform';

const research =
  'Unwall share-text research (sharetext.md): TaobaoCommandParse #2 and #5, open.onebound.cn taobao.item_password';

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
  domains: ['taobao.com', 'world.taobao.com'],
  shortDomains: ['tb.cn'],
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
      source: research,
    },
  ],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['ace.tb.cn'],
      path: '/t',
      query: { smburl: '{u:url}' },
      to: '{u}',
      source: research,
    },
  ],
  schemes: [
    { names: ['tbopen'], routes: [{ query: { h5Url: '{u:url}' }, to: '{u}' }], source: research },
    {
      names: ['taobao'],
      routes: [
        { query: { h5Url: '{u:url}' }, to: '{u}' },
        { path: 's.taobao.com', query: { q: '{q:text}' }, to: 'https://s.taobao.com/search?q={q}' },
        { path: '{p:rest}', rawQuery: '{q:rest}', to: 'https://{p}?{q}', ownHostsOnly: true },
        { path: '{p:rest}', to: 'https://{p}', ownHostsOnly: true },
      ],
      source: research,
    },
  ],
  canonical: [
    { hosts: ['a.m.taobao.com'], path: '/i{id:digits}.htm', to: 'https://item.taobao.com/item.htm?id={id}' },
    {
      hosts: ['h5.m.taobao.com'],
      path: '/awp/core/detail.htm',
      query: { id: '{id:digits}' },
      to: 'https://item.taobao.com/item.htm?id={id}',
    },
    {
      hosts: ['main.m.taobao.com'],
      path: '/security-h5-detail/home',
      query: { id: '{id:digits}' },
      to: 'https://item.taobao.com/item.htm?id={id}',
    },
    {
      hosts: ['market.m.taobao.com'],
      path: '/app/detail-project/pages/pages/index',
      query: { id: '{id:digits}' },
      to: 'https://item.taobao.com/item.htm?id={id}',
    },
  ],
  sources: [research],
  examples: [
    {
      input:
        '【淘宝】7天无理由退货 https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX MF278 「IZ乐队 - 路过旧天堂书店 12寸2LP半透明棕色胶+画册套盒现货包邮」\n点击链接直接打开 或者 淘宝搜索直接打开',
      url: 'https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX',
      title: 'IZ乐队 - 路过旧天堂书店 12寸2LP半透明棕色胶+画册套盒现货包邮',
      token: '4OaXgGvWPKX',
    },
    { input: '￥dAEYbi4KO4D￥', url: null, token: 'dAEYbi4KO4D' },
    {
      input: '【2018夏季新款女装薄款白色打底内衣】复制这段描述€g1IVbaMXxxK€后到淘♂寳♀',
      url: 'https://s.taobao.com/search?q=2018%E5%A4%8F%E5%AD%A3%E6%96%B0%E6%AC%BE%E5%A5%B3%E8%A3%85%E8%96%84%E6%AC%BE%E7%99%BD%E8%89%B2%E6%89%93%E5%BA%95%E5%86%85%E8%A1%A3',
      token: 'g1IVbaMXxxK',
    },
    {
      input: 'taobao://item.taobao.com/item.htm?id=601009971043',
      url: 'https://item.taobao.com/item.htm?id=601009971043',
    },
    { input: 'taobao://evil.example/item.htm?id=1', url: null },
    {
      input:
        'tbopen://m.taobao.com/tbopen/index.html?action=ali.open.nav&h5Url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D551017384075',
      url: 'https://item.taobao.com/item.htm?id=551017384075',
    },
    {
      input: 'https://a.m.taobao.com/i601009971043.htm?price=9.9',
      url: 'https://item.taobao.com/item.htm?id=601009971043',
    },
    { input: '有事打我电话 13800138000', url: null },
    { input: '(performance) 和 (JavaScripts) 都不是口令', url: null },
  ],
});
