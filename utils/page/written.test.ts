import { describe, expect, it } from 'vitest';
import type { FoundLink } from '@/utils/links';
import { WRITTEN_REACH, writtenTexts } from './written';

type Span = Pick<FoundLink, 'start' | 'end' | 'kind'>;

/** The span of `part` in `text`, of the given kind. */
function at(text: string, part: string, kind: FoundLink['kind'] = 'share'): Span {
  const start = text.indexOf(part);
  return { start, end: start + part.length, kind };
}

const TAOBAO =
  '【淘宝】7天无理由退货 https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX MF278 「IZ乐队 - 路过旧天堂书店」 点击链接直接打开';
const JD = '【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开';

describe('writtenTexts', () => {
  it('gives a share text alone in its text whole, as written, without the whitespace around it', () => {
    const text = `\n   ${TAOBAO}  \n`;
    expect(writtenTexts(text, [at(text, 'https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX')])).toEqual([
      TAOBAO,
    ]);
  });

  it('gives two share texts on their own lines each its own lines', () => {
    const text = `${TAOBAO}\n${JD}`;
    const links = [
      at(text, 'https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX'),
      at(text, 'https://3.cn/2odH-z1a'),
    ];
    expect(writtenTexts(text, links)).toEqual([TAOBAO, JD]);
  });

  it('gives a link that is no share text, a token or a wrapper, as its own span', () => {
    const text = '快抢 ￥dAEYbi4KO4D￥ 打开淘宝 https://link.zhihu.com/?target=https%3A%2F%2Fa.cn 看';
    const links = [
      at(text, '￥dAEYbi4KO4D￥', 'token'),
      at(text, 'https://link.zhihu.com/?target=https%3A%2F%2Fa.cn', 'wrapper'),
    ];
    expect(writtenTexts(text, links)).toEqual([
      '￥dAEYbi4KO4D￥',
      'https://link.zhihu.com/?target=https%3A%2F%2Fa.cn',
    ]);
  });

  it('never reaches past a neighbour link on the same line', () => {
    const text = `看 https://a.cn/x 和 ${JD}`;
    const links = [at(text, 'https://a.cn/x', 'url'), at(text, 'https://3.cn/2odH-z1a')];
    expect(writtenTexts(text, links)).toEqual(['https://a.cn/x', `和 ${JD}`]);
  });

  it('gives a share text in a long post its own lines, never the whole post', () => {
    const prose = '今天去逛了街，'.repeat(200);
    const text = `${prose}\n朋友推荐的：${TAOBAO}\n${prose}`;
    const [written] = writtenTexts(text, [at(text, 'https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX')]);
    expect(written).toBe(`朋友推荐的：${TAOBAO}`);
  });

  it('reaches no further than its limit either side of the link where no line ends', () => {
    const prose = '今天去逛了街，'.repeat(200);
    const text = `${prose}${TAOBAO}${prose}`;
    const link = at(text, 'https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX');
    const [written] = writtenTexts(text, [link]);
    expect(written).toContain('https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX');
    expect(written!.length).toBeLessThanOrEqual(link.end - link.start + 2 * WRITTEN_REACH);
  });
});
