import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAssignedStrings } from './script-value';

const key = 'cgiData.url';

describe('readAssignedStrings takes only the exact key path', () => {
  it.each([
    ["var cgiData = { type: 'empty', url: 'https://a.example/', title: '' };", ['https://a.example/']],
    ['window.cgiData = {"url": "https://a.example/"}', ['https://a.example/']],
    ["cgiData.url = 'https://a.example/'", ['https://a.example/']],
    ["var cgiData = { url: 'https:\\/\\/a.example\\/' }", ['https:\\/\\/a.example\\/']],
    ['var cgiData = { url: `https://a.example/` }', ['https://a.example/']],
    [
      "var cgiData = {\n  // url: 'https://evil.example/'\n  url: 'https://a.example/'\n}",
      ['https://a.example/'],
    ],
  ])('reads %j', (script, expected) => {
    expect(readAssignedStrings(script, key)).toEqual(expected);
  });

  it.each([
    ["var cgiData = { imgurl: 'https://evil.example/' }", 'a key that only ends in url'],
    ["var cgiData = { xurl: 'https://evil.example/' }", 'another key ending in url'],
    ["var cgiData = { img: { url: 'https://evil.example/' } }", 'a nested key of that name'],
    ["var other = { url: 'https://evil.example/' }", 'the key of another object'],
    ['var s = "cgiData.url = \'https://evil.example/\'";', 'the assignment inside a string'],
    ['var s = \'var cgiData = { url: "https://evil.example/" }\';', 'an object literal inside a string'],
    ['var s = `cgiData.url = "https://evil.example/"`;', 'the assignment inside a template'],
    ["/* cgiData.url = 'https://evil.example/' */", 'the assignment inside a comment'],
    ["var r = /cgiData.url = 'https:\\/\\/evil.example\\/'/;", 'the assignment inside a regular expression'],
    ['var cgiData = { title: "\', url: \'https://evil.example/" }', 'a quote inside a string value'],
    [
      "var cgiData = { title: 'it\\'s', note: \"url: 'https://evil.example/'\" }",
      'an escaped quote before the text',
    ],
    ["x.cgiData.url = 'https://evil.example/'", "another object's cgiData"],
    ["cgiData.url = 'https://evil.example/' + tail", 'a string that is only the start of the value'],
    ["cgiData.url == 'https://evil.example/'", 'a comparison'],
    ["var cgiData = { url: 'https://evil.example/", 'an unterminated string'],
    ['var t = `${cgiData}`; cgiData.url = "https://evil.example/"', 'a script with a template substitution'],
  ])('never reads %j (%s)', (script) => {
    expect(readAssignedStrings(script, key)).toEqual([]);
  });

  it('reads a division and a regular expression apart', () => {
    const script = "var half = total / 2; var re = /'/g; var cgiData = { url: 'https://a.example/' };";
    expect(readAssignedStrings(script, key)).toEqual(['https://a.example/']);
  });

  it('never reads a value that sits only inside a string, whatever surrounds it', () => {
    const inside = fc.string({ maxLength: 40 }).map((s) => s.replace(/['\\\n\r]/g, ''));
    fc.assert(
      fc.property(inside, inside, (before, after) => {
        const script = `var s = '${before}cgiData.url = "https://evil.example/"${after}';`;
        expect(readAssignedStrings(script, key)).toEqual([]);
      }),
    );
  });

  it('reads a long hostile script in one pass', () => {
    const hostile = "var cgiData = { imgurl: '', a: [(/'/), '\\'', `x`], ".repeat(5_000);
    expect(readAssignedStrings(hostile, key)).toEqual([]);
    const nested = 'cgiData = { a: '.repeat(5_000) + "'x'" + ' }'.repeat(5_000);
    expect(readAssignedStrings(nested, key)).toEqual([]);
  });
});
