/**
 * Hostile inputs for the engine: each unit makes a text of about `n` characters that once cost more
 * than linear time somewhere in the engine (or could: every loop that looks again at text it has
 * seen). Used by the hostile-growth table of the bench and by the engine's linearity tests.
 */
export interface HostileUnit {
  name: string;
  text: (n: number) => string;
  /**
   * Units of host-shaped text (`a点a点a…`) are linear but slow per character: each label start reads
   * a host of up to 253 characters. Their test runs them at this size instead of a megabyte.
   */
  testSize?: number;
}

const HOST_TEST_SIZE = 100_000;

/** `head`, then `unit` repeated up to `n` characters in all. */
const run =
  (unit: string, head = '') =>
  (n: number) =>
    head + unit.repeat(Math.max(0, Math.ceil((n - head.length) / unit.length)));

export const hostileUnits: readonly HostileUnit[] = [
  { name: '`)` run after a link', text: run(')', 'https://a.cn/') },
  { name: '`(` run after a link', text: run('(', 'https://a.cn/') },
  { name: '`\\)` escapes after a link', text: run('\\)', 'https://a.cn/') },
  { name: 'zero-width + `)` after a link', text: run('\u200b)', 'https://a.cn/') },
  { name: '`)` run after an app link', text: run(')', 'taobao://') },
  { name: '`.` run after a link', text: run('.', 'https://a.cn/') },
  // A link broken over many lines whose `?` stands far from its start.
  {
    name: 'line breaks, `?` far in',
    text: (n) => run('\n&b=1', `https://a.cn/${'a'.repeat(n / 2)}\n?a=1`)(n),
  },
  { name: 'token run `dAEYbi4KO4D￥`', text: run('dAEYbi4KO4D￥', '￥') },
  { name: 'token run `(dAEYbi4KO4D)`', text: run('(dAEYbi4KO4D)') },
  { name: '`￥` alone', text: run('￥') },
  { name: 'marker `【淘宝】`', text: run('【淘宝】') },
  { name: 'marker `复制打开抖音`', text: run('复制打开抖音') },
  { name: 'marker + token', text: run('【淘宝】￥dAEYbi4KO4D￥') },
  { name: '`https://` repeated', text: run('https://') },
  { name: 'one long path', text: run('a', 'http://a.cn/') },
  { name: 'the same link repeated', text: run('https://a.cn/x ') },
  { name: 'share links repeated', text: run('【淘宝】https://e.tb.cn/h.x?tk=4OaXgGvWPKX ') },
  { name: 'dots `a.a.a`', text: run('a.') },
  { name: 'dots `a点a点a`', text: run('a点'), testSize: HOST_TEST_SIZE },
  { name: 'dots `a[.]a[.]a`', text: run('a[.]'), testSize: HOST_TEST_SIZE },
  { name: 'dots `a . a . a`', text: run('a . '), testSize: HOST_TEST_SIZE },
  { name: '`点` alone', text: run('点') },
  { name: 'zero-width spaces', text: run('\u200b') },
  { name: '`%` alone', text: run('%') },
  { name: '`http://` repeated', text: run('http://') },
  { name: '`%25` run in a query', text: run('%25', 'https://a.cn/?u=') },
  { name: '`&amp;` run in a query', text: run('&amp;', 'https://a.cn/?u=') },
  { name: '`#小程序://` repeated', text: run('#小程序://') },
  { name: '`#小程序://名称/` repeated', text: run('#小程序://美团外卖/') },
  { name: '`【` repeated', text: run('【') },
  { name: '`】` repeated', text: run('】') },
  { name: '`【a】` before a token', text: run('【a】', '￥dAEYbi4KO4D￥') },
  { name: 'digits', text: run('1') },
  { name: 'full-width `ｈｔｔｐｓ：／／`', text: run('ｈｔｔｐｓ：／／') },
  { name: 'CJK text', text: run('看这个链接') },
  { name: '`"a` run after a link', text: run('"a', 'https://a.cn/') },
  { name: '`[` run after a link', text: run('[', 'https://a.cn/') },
  { name: '`<a` run after a link', text: run('<a', 'https://a.cn/') },
  { name: "`'` run after a link", text: run("a'", 'https://a.cn/') },
  { name: 'Chinese after `/` after a link', text: run('/中', 'https://a.cn') },
  { name: 'foreign letters in a path', text: run('ü', 'https://a.cn/') },
  { name: 'international labels `ü.`', text: run('ü.', 'http://'), testSize: HOST_TEST_SIZE },
  { name: 'international letters after a scheme', text: run('üa', 'http://ü') },
  { name: '`https:\\/\\/` repeated', text: run('https:\\/\\/') },
  { name: '`https ://` repeated', text: run('https ://') },
  { name: '`a@` after a scheme', text: run('a@', 'https://') },
  { name: '`:/` codes beside a marker', text: run('ab:/ ', '复制打开抖音 ') },
  { name: '`提取码` after a netdisk link', text: run('提取码', 'https://pan.baidu.com/s/1abc ') },
  {
    name: 'mixed share text',
    text: run('【淘宝】https://e.tb.cn/h.x?tk=4OaXgGvWPKX ￥dAEYbi4KO4D￥ 「标题」\n看 b23.tv/abc '),
  },
];
