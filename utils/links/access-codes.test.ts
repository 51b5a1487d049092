import { describe, expect, it } from 'vitest';
import { codeAfter, withParam } from './access-codes';
import { findLinks } from './index';

const four = { labels: ['提取码', '访问码'], lengths: [4] };

/** The code read after the link that `text` starts with (`LINK` stands for it). */
function codeAfterLink(text: string): string | null {
  const from = text.indexOf('LINK') + 'LINK'.length;
  return codeAfter(text, from, text.length, four);
}

const first = (text: string) => findLinks(text).find((l) => l.url !== null);

describe('codeAfter', () => {
  it.each([
    ['a space and a colon', 'LINK 提取码: abcd', 'abcd'],
    ['a full-width colon on the next line', 'LINK\n提取码：Xz9V', 'Xz9V'],
    ['no separator at all', 'LINK提取码abcd', 'abcd'],
    ['full-width brackets around it', 'LINK （访问码：2uik）', '2uik'],
    ['a code that ends the text', 'LINK 提取码 9a8b', '9a8b'],
  ])('reads a code written after %s', (_, text, code) => {
    expect(codeAfterLink(text)).toBe(code);
  });

  it.each([
    ['too short', 'LINK 提取码: abc'],
    ['too long', 'LINK 提取码: abcde'],
    ['not letters and digits', 'LINK 提取码: ab_d'],
    ['behind words', 'LINK 的提取码: abcd'],
    ['further than a short run of spaces and punctuation', `LINK${' '.repeat(20)}提取码: abcd`],
    ['without a label', 'LINK abcd'],
    ['behind a label with spaces all around', 'LINK 提取码      abcd'],
  ])('reads no code that is %s', (_, text) => {
    expect(codeAfterLink(text)).toBeNull();
  });

  it('reads nothing past where the next link starts', () => {
    const text = 'LINK 提取码: abcd';
    expect(codeAfter(text, 4, text.length - 2, four)).toBeNull();
  });
});

describe('withParam', () => {
  it.each([
    ['https://pan.baidu.com/s/1a', 'https://pan.baidu.com/s/1a?pwd=abcd'],
    ['https://pan.baidu.com/share/init?surl=a', 'https://pan.baidu.com/share/init?surl=a&pwd=abcd'],
    ['https://pan.baidu.com/s/1a?', 'https://pan.baidu.com/s/1a?pwd=abcd'],
    ['https://pan.baidu.com/s/1a?x=%20y#top', 'https://pan.baidu.com/s/1a?x=%20y&pwd=abcd#top'],
    ['https://pan.baidu.com/s/1a?pwd=wxyz', 'https://pan.baidu.com/s/1a?pwd=wxyz'],
    ['https://pan.baidu.com/s/1a#?pwd=wxyz', 'https://pan.baidu.com/s/1a?pwd=abcd#?pwd=wxyz'],
  ])('%s', (url, expected) => {
    expect(withParam(url, 'pwd', 'abcd')).toBe(expected);
  });
});

describe('findLinks attaches the access code written after a share link', () => {
  it('puts it into a link whose site reads it from a parameter', () => {
    expect(first('链接: https://pan.baidu.com/s/1U88Wwm560vbvyJX0cw9J-Q 提取码: 7deh')?.url).toBe(
      'https://pan.baidu.com/s/1U88Wwm560vbvyJX0cw9J-Q?pwd=7deh',
    );
  });

  it('keeps the code a link already carries, and every other parameter', () => {
    const link = first('https://pan.baidu.com/share/init?surl=abc&pwd=k2hk 提取码: wxyz');
    expect(link?.url).toBe('https://pan.baidu.com/share/init?surl=abc&pwd=k2hk');
    expect(link?.token).toBeUndefined();
  });

  it('makes it the token to copy where the site reads no parameter', () => {
    const link = first('https://www.aliyundrive.com/s/pquxbpPfj2u 提取码: en86');
    expect([link?.url, link?.token]).toEqual(['https://www.aliyundrive.com/s/pquxbpPfj2u', 'en86']);
  });

  it('attaches nothing to a path that is not a share link', () => {
    expect(first('https://pan.baidu.com/disk/home 提取码: 7deh')?.url).toBe(
      'https://pan.baidu.com/disk/home',
    );
  });

  it('attaches nothing to a host no rule names', () => {
    expect(first('https://example.com/s/1a 提取码: 7deh')?.token).toBeUndefined();
  });

  it('gives a code written after another link to that link, not to the share link', () => {
    const links = findLinks(
      'https://pan.baidu.com/s/1a https://www.aliyundrive.com/s/pquxbpPfj2u 提取码: en86',
    );
    expect(links.map((l) => [l.url, l.token])).toEqual([
      ['https://pan.baidu.com/s/1a', undefined],
      ['https://www.aliyundrive.com/s/pquxbpPfj2u', 'en86'],
    ]);
  });

  it('attaches no code written far from its link', () => {
    const text = `https://pan.baidu.com/s/1a 的文件很多，下载以后解压，${'再看说明。'.repeat(3)}提取码: 7deh`;
    expect(first(text)?.url).toBe('https://pan.baidu.com/s/1a');
  });

  it('attaches no code of the wrong length', () => {
    expect(first('https://pan.baidu.com/s/1a 提取码: 7dehx')?.url).toBe('https://pan.baidu.com/s/1a');
  });

  it('reads a megabyte of labels after links and attaches nothing', () => {
    const flood = '提取码'.repeat(350_000);
    expect(first(`https://pan.baidu.com/s/1a ${flood}`)?.url).toBe('https://pan.baidu.com/s/1a');
    const links = findLinks(`https://pan.baidu.com/s/1a 提取码：${'提取码：'.repeat(250_000)}`);
    expect(links.map((l) => l.url)).toEqual(['https://pan.baidu.com/s/1a']);
  });

  it('reads each of many links with its own code', () => {
    const text = Array.from(
      { length: 500 },
      (_, i) => `https://pan.baidu.com/s/1a${i} 提取码: ${1000 + i}`,
    ).join('\n');
    const urls = findLinks(text).map((l) => l.url);
    expect(urls).toHaveLength(500);
    expect(urls.at(-1)).toBe('https://pan.baidu.com/s/1a499?pwd=1499');
  });
});

describe("Quark's app code", () => {
  const code = '/~79313YhCQU~:/';

  it('is a token to copy where a Quark share text marks it', () => {
    const links = findLinks(
      `我用夸克网盘给你分享了「自动发货」，点击链接或复制整段内容，打开「夸克网盘APP」即可获取。\n${code}`,
    );
    expect(links.map((l) => [l.url, l.token])).toEqual([[null, code]]);
  });

  it('is nothing without a Quark marker in the text', () => {
    expect(findLinks(`看这里 ${code}`)).toEqual([]);
  });
});
