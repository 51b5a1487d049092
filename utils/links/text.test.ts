import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, isBodyChar, keptLength, plainRunEnd } from './text';

/**
 * The plain definition: step while the character continues a path and is not `&` or `\` (nor, in a
 * web address, a bracket or a quote, which must pair up).
 */
function steppedRunEnd(text: string, start: number, json: boolean): number {
  let j = start;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    if (code === 38 || code === 92 || !isBodyChar(code, json)) break;
    if (!json && '()[]{}"'.includes(text[j]!)) break;
    j++;
  }
  return j;
}

describe('plainRunEnd', () => {
  it('ends where stepping with isBodyChar ends, for web and app links', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(...'&\\<>"{}|^[]` \n'),
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      ),
    });
    fc.assert(
      fc.property(text, fc.nat(), fc.boolean(), (t, at, json) => {
        const start = t.length ? at % t.length : 0;
        expect(plainRunEnd(t, start, json)).toBe(steppedRunEnd(t, start, json));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('foldText', () => {
  it('maps full-width URL characters to ASCII one for one and leaves every other character', () => {
    const fullWidth = fc.integer({ min: 0xff00, max: 0xffef }).map((code) => String.fromCharCode(code));
    const text = fc.string({
      unit: fc.oneof(fullWidth, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
    });
    fc.assert(
      fc.property(text, (t) => {
        const folded = foldText(t);
        expect(folded.length).toBe(t.length);
        for (let i = 0; i < t.length; i++) {
          const code = t.charCodeAt(i);
          const ascii = code - 0xfee0;
          const urlChar = /[0-9A-Za-z./:?=&%\-_#+@]/.test(String.fromCharCode(ascii));
          expect(folded.charCodeAt(i)).toBe(code >= 0xff00 && code <= 0xffef && urlChar ? ascii : code);
        }
      }),
      { numRuns: 2000 },
    );
    expect(foldText('ｈｔｔｐｓ：／／ａ．ｃｎ／ｘ，好！')).toBe('https://a.cn/x，好！');
  });
});

/**
 * The rule as first written: take a character off while it is punctuation, or a `)` while `(` are
 * fewer; but not a `'` that closes a quoted word (an even count, after a letter or digit).
 */
function keptLengthByRecounting(link: string): number {
  let out = link;
  const unbalanced = () => out.split('(').length < out.split(')').length;
  const closesQuote = () => out.split("'").length % 2 === 1 && /[A-Za-z0-9]'$/.test(out);
  for (;;) {
    const code = out.charCodeAt(out.length - 1);
    if (out.endsWith("'") && closesQuote()) break;
    if (!(".,;:!?'*".includes(out.at(-1) ?? 'x') || (code === 41 && unbalanced()))) break;
    out = out.slice(0, -1);
  }
  return out.length;
}

describe('keptLength', () => {
  it('keeps what recounting the brackets at every step keeps', () => {
    const link = fc.string({ unit: fc.constantFrom(..."()ab.,;:!?'*/x'") });
    fc.assert(
      fc.property(link, (text) => {
        expect(keptLength(text)).toBe(keptLengthByRecounting(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['https://en.wikipedia.org/wiki/Foo_(bar)', 39],
    ['https://en.wikipedia.org/wiki/Foo_(bar)).', 39],
    ['https://a.cn/x)', 14],
    ['https://a.cn/x...', 14],
    ["https://a.cn/blah_'quoted'", 26],
    ["https://a.cn/x'", 14],
    ['', 0],
  ])('keeps %j to length %i', (text, length) => {
    expect(keptLength(text)).toBe(length);
  });
});
