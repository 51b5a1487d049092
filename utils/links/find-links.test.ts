import { describe, expect, it } from 'vitest';
import { findLinks, toDirectUrl } from './index';

const first = (text: string) => findLinks(text).find((l) => l.url !== null);

describe('findLinks reads damaged and disguised links', () => {
  it.each([
    [
      'a URL glued to Chinese text on both sides',
      '点这里https://v.douyin.com/iR2euxso/看视频',
      'https://v.douyin.com/iR2euxso/',
    ],
    [
      'a URL written in full-width characters',
      '链接ｈｔｔｐｓ：／／ｖ．ｄｏｕｙｉｎ．ｃｏｍ／ｉＲ２ｅｕｘｓｏ／，快看',
      'https://v.douyin.com/iR2euxso/',
    ],
    [
      'zero-width characters inside the host',
      'https://v.dou\u200byin.com/iR2euxso/',
      'https://v.douyin.com/iR2euxso/',
    ],
    [
      'Chinese glued right after the slash of a platform link',
      '点这里https://v.douyin.com/iR2euxso/复制此链接，打开Dou音搜索',
      'https://v.douyin.com/iR2euxso/',
    ],
    [
      'a link pasted from a card with its slashes escaped',
      '{"qqdocurl":"https:\\/\\/b23.tv\\/tOnAfAQ?share_medium=android&amp;share_source=qq"}',
      'https://b23.tv/tOnAfAQ?share_medium=android&share_source=qq',
    ],
    [
      'spaces inside the scheme and the host of a known host',
      '看 https ://b23 .tv/BV1xx411c7mD 这个',
      'https://www.bilibili.com/video/BV1xx411c7mD',
    ],
    [
      'a space after the scheme of a known host',
      '复制 https:// b23.tv/BV1xx411c7mD 打开',
      'https://www.bilibili.com/video/BV1xx411c7mD',
    ],
    [
      'a known host with only its two slashes left',
      '【京东】//3.cn/1-abcDEF?jkl=@ABCdef123@ 「好物」',
      'https://3.cn/1-abcDEF?jkl=@ABCdef123@',
    ],
    [
      'a spaced dot in a known host',
      '打开 xhslink . com/o/7fp0jbJ0uh 查看',
      'https://xhslink.com/o/7fp0jbJ0uh',
    ],
    [
      'a defanged scheme on a known host',
      'hxxps://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX',
      'https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX',
    ],
    [
      'a URL broken before its query',
      'https://www.xiaohongshu.com/explore/6858ccaa0000000013013c94\n?xsec_token=CBo',
      'https://www.xiaohongshu.com/explore/6858ccaa0000000013013c94?xsec_token=CBo',
    ],
    [
      'an escaped underscore from markdown',
      '**https://v.douyin.com/\\_lAiSDH0bK8/**',
      'https://v.douyin.com/_lAiSDH0bK8/',
    ],
    [
      'HTML entities from page source',
      'https://a.example.org/p?a=1&amp;b=2&#38;c=3',
      'https://a.example.org/p?a=1&b=2&c=3',
    ],
    [
      'a wrapper in the text, already unwrapped',
      '见 https://c.pc.qq.com/middlem.html?pfurl=https%3A%2F%2Fgithub.com%2F 。',
      'https://github.com/',
    ],
    [
      'balanced parentheses kept, a stray one cut',
      '(https://en.wikipedia.org/wiki/Rust_(programming_language))',
      'https://en.wikipedia.org/wiki/Rust_(programming_language)',
    ],
    [
      'a JD short link ending in @',
      '【京东】https://3.cn/2S-KRZ0i?jkl=@P1t2B3MTzq@ MF8555',
      'https://3.cn/2S-KRZ0i?jkl=@P1t2B3MTzq@',
    ],
  ])('%s', (_, text, url) => {
    expect(first(text)?.url).toBe(url);
  });

  it.each([
    ['a defanged link to an unknown host (security write-ups)', 'C2 at hxxps://evil[.]example/payload'],
    ['Douyin trailer decoys that look like e-mail hosts', '3@8.com :8pm w@f.OX K@j.pd'],
    ['version numbers and prices', '抖音 v30.1.0 和 淘宝 10.26.10，券后 ￥12.99，7.5折'],
    ['a known host without a path', '去 xhslink.com/ 看看'],
    ['a credentials URL', 'https://user:pass@example.org/'],
    ['a mini-program line that is not a URL', '#小程序 ://闲鱼/2 LP 8'],
    ['an order number', '订单号 4567890123456789012，请核对'],
  ])('finds nothing in %s', (_, text) => {
    expect(findLinks(text).filter((l) => l.url !== null)).toEqual([]);
  });

  it('finds every share text of a pasted list, in order, each with its own title', () => {
    const text =
      '【京东】https://3.cn/2odH-z1a「京东百亿补贴」\n【淘宝】https://e.tb.cn/h.x1?tk=4OaXgGvWPKX 「胶片」';
    expect(findLinks(text).map((l) => [l.platform, l.kind, l.title])).toEqual([
      ['jd', 'share', '京东百亿补贴'],
      ['taobao', 'share', '胶片'],
    ]);
  });

  it('tells a token after a channel code from the code itself, and copies both as written', () => {
    expect(findLinks('1復制( CZ3457 WCRJWdrj9qo)打开tao寳抢购/').map((l) => [l.token, l.original])).toEqual([
      ['( CZ3457 WCRJWdrj9qo)', '( CZ3457 WCRJWdrj9qo)'],
    ]);
  });

  it.each([
    ['复制¥6Wd2VnKq8aR¥打开淘宝', '¥6Wd2VnKq8aR¥'],
    ['复制这段描述€g1IVbaMXxxK€后到淘♂寳♀', '€g1IVbaMXxxK€'],
    ['fu置本段内容₤qQkYcb86z2d₤咑幵τao寶', '₤qQkYcb86z2d₤'],
    ['₰XIyHc77mBqN🎵', '₰XIyHc77mBqN🎵'],
    ['#小程序://美团外卖/0JPDrt84ecI5Gwd', '#小程序://美团外卖/0JPDrt84ecI5Gwd'],
    [
      '打开微信 #小程序://小程序示例/示例页面/9pZvnVw3KMCQpVp 查看',
      '#小程序://小程序示例/示例页面/9pZvnVw3KMCQpVp',
    ],
    ['给我转账 Z:/DIxHmJU82hZ#  W:/j MU3481 $459', 'Z:/DIxHmJU82hZ#'],
  ])('copies the token of %j as written, delimiters and all', (text, token) => {
    const links = findLinks(text).filter((l) => l.kind === 'token');
    expect(links.map((l) => l.token)).toEqual([token]);
    expect(links.map((l) => l.original)).toEqual([token]);
  });

  it('gives a share link the token its text writes, before the bare code its address carries', () => {
    const [link] = findLinks('【淘宝】https://e.tb.cn/h.x?tk=4OaXgGvWPKX ￥4OaXgGvWPKX￥ 「胶片」');
    expect(link?.token).toBe('￥4OaXgGvWPKX￥');
    expect(findLinks('【淘宝】https://e.tb.cn/h.x?tk=4OaXgGvWPKX 「胶片」')[0]?.token).toBe('4OaXgGvWPKX');
  });

  it.each([
    '￥dAEYbi4KO4D￥ 打开【手机淘宝】即可查看',
    '复制这段描述￥dAEYbi4KO4D￥后打开【淘宝APP】即可查看',
    '【超值】三只松鼠坚果大礼包 ￥dAEYbi4KO4D￥',
    '【限时秒杀】￥dAEYbi4KO4D￥',
    '【 超值推荐！】￥dAEYbi4KO4D￥',
    '【天猫】￥dAEYbi4KO4D￥',
    '【Taobao】￥dAEYbi4KO4D￥',
    '【小红书】￥dAEYbi4KO4D￥',
    '【手机阿里】￥dAEYbi4KO4D￥',
  ])('takes no app or platform name and no promotion word for a title: %j', (text) => {
    const links = findLinks(text);
    expect(links.map((l) => [l.kind, l.title, l.url])).toEqual([['token', undefined, null]]);
  });

  it.each([
    ['￥dAEYbi4KO4D￥ 打开【手机淘宝】【三只松鼠坚果大礼包】', '三只松鼠坚果大礼包'],
    ['【三只松鼠坚果大礼包】【超值】￥dAEYbi4KO4D￥ 打开【手机淘宝】即可查看', '三只松鼠坚果大礼包'],
    ['【超值好物：三只松鼠】￥dAEYbi4KO4D￥', '超值好物：三只松鼠'],
  ])('passes over names and promotion words to the title beyond them: %j', (text, title) => {
    expect(findLinks(text).map((l) => l.title)).toEqual([title]);
  });

  it('takes no app name for the title of the next note', () => {
    const text =
      '黑糖珍珠糍粑 http://xhslink.com/o/5tOT2jNLmC0 复制后打开【小红书】查看笔记！ http://xhslink.com/o/7fp0jbJ0uh';
    expect(findLinks(text).map((l) => l.title)).toEqual([undefined, undefined]);
  });

  it('takes no link longer than any real one, not even one a canonical rule would shorten', () => {
    const long = `https://a.m.taobao.com/i601009971043.htm?x=${'a'.repeat(9000)}`;
    expect(findLinks(long)).toEqual([]);
    expect(findLinks(`${long} https://a.cn/x`).map((l) => l.url)).toEqual(['https://a.cn/x']);
  });

  it('gives a token with a title an honest search page, never an item page', () => {
    const [link] = findLinks('【机械键盘】复制这段描述€g1IVbaMXxxK€后到淘♂寳♀');
    expect(link?.kind).toBe('token');
    expect(link?.url).toBe('https://s.taobao.com/search?q=' + encodeURIComponent('机械键盘'));
  });

  it('labels a wrapped link by its real destination, not by the wrapper', () => {
    const link = first(
      'https://ds.alipay.com/?scheme=alipays://platformapi/startapp?appId=20000067&url=https://example.org/x',
    );
    expect(link?.url).toBe('https://example.org/x');
    expect(link?.kind).toBe('wrapper');
  });
});

describe('findLinks cuts links as the best linkifier does, and Chinese text off them', () => {
  it.each([
    ['http://www.bürgerentscheid-krankenhäuser.de 看', 'http://www.bürgerentscheid-krankenhäuser.de'],
    ['见 https://zh.wikipedia.org/wiki/道_(消歧义)。', 'https://zh.wikipedia.org/wiki/道_(消歧义)'],
    ['https://en.wikipedia.org/wiki/Blur_[band] wat', 'https://en.wikipedia.org/wiki/Blur_[band]'],
    ['[a](https://a.example.com/x)[b](https://b.example.com)', 'https://a.example.com/x'],
    ['https://example.com/docs了解更多', 'https://example.com/docs'],
    ['中文https://penguin.ooo英文', 'https://penguin.ooo'],
  ])('%s', (text, link) => {
    expect(findLinks(text)[0]?.original).toBe(link);
  });

  it.each([
    'http://-example.com',
    '_http://example.com',
    'http://example.com_',
    'foohttp://example.com',
    'https://taobao.com:x@evil.example.cn/',
  ])('finds no link in %s', (text) => {
    expect(findLinks(text).filter((l) => l.url !== null)).toEqual([]);
  });
});

describe('toDirectUrl fails closed', () => {
  it.each([
    ['a javascript: target', 'https://link.zhihu.com/?target=javascript%3Aalert(1)'],
    ['a data: target', 'https://link.csdn.net/?target=data%3Atext%2Fhtml%2Cx'],
    ['a protocol-relative target', 'https://c.pc.qq.com/middlem.html?pfurl=%2F%2Fevil.example%2F'],
    ['a relative target', 'https://link.zhihu.com/?target=%2Fsettings'],
    ['a look-alike host', 'https://link.zhihu.com.evil.example/?target=https%3A%2F%2Fa.cn%2F'],
    [
      'a login return parameter',
      'https://passport.jd.com/new/login.aspx?ReturnUrl=https%3A%2F%2Fwww.jd.com%2F',
    ],
    ['an OAuth redirect_uri', 'https://accounts.google.com/o/oauth2/auth?redirect_uri=https%3A%2F%2Fa.cn%2F'],
    ['a plain page', 'https://www.taobao.com/'],
    ['an app link with no web page', 'snssdk1128://user/profile/92514323808'],
    [
      'a wrapper that wraps itself forever',
      'https://link.zhihu.com/?target=' +
        encodeURIComponent('https://link.zhihu.com/?target=').repeat(1) +
        'x',
    ],
  ])('%s', (_, href) => {
    expect(toDirectUrl(href)).toBeNull();
  });

  it('follows nested wrappers a few levels deep', () => {
    let href = 'https://github.com/';
    for (let i = 0; i < 4; i++) href = 'https://link.zhihu.com/?target=' + encodeURIComponent(href);
    expect(toDirectUrl(href)).toBe('https://github.com/');
  });

  it('refuses a chain deeper than its limit rather than guess', () => {
    let href = 'https://github.com/';
    for (let i = 0; i < 12; i++) href = 'https://link.zhihu.com/?target=' + encodeURIComponent(href);
    expect(toDirectUrl(href)).toBeNull();
  });

  it('decodes double-encoded and colon-only targets', () => {
    expect(toDirectUrl('https://link.zhihu.com/?target=https%253A%252F%252Fa.cn%252Fx')).toBe(
      'https://a.cn/x',
    );
    expect(toDirectUrl('https://link.zhihu.com/?target=https%3A//a.cn/x')).toBe('https://a.cn/x');
  });
});
