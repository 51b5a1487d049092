import { describe, expect, it } from 'vitest';
import { compilePattern, matchPattern } from './pattern';

describe('the rule pattern language', () => {
  it('captures typed placeholders inside literal text', () => {
    expect(matchPattern(compilePattern('/i{id:digits}.htm'), '/i601009971043.htm')).toEqual({
      id: '601009971043',
    });
    expect(matchPattern(compilePattern('/i{id:digits}.htm'), '/iabc.htm')).toBeNull();
  });

  it('honours fixed and ranged lengths', () => {
    const pattern = compilePattern('BV1{id:base58:9}');
    expect(matchPattern(pattern, 'BV1GJ411x7h7')).toEqual({ id: 'GJ411x7h7' });
    expect(matchPattern(pattern, 'BV1GJ411x7h')).toBeNull();
    expect(matchPattern(compilePattern('/goods{n:digits:0-1}.html'), '/goods.html')).toEqual({ n: '' });
  });

  it('treats regex characters in literals as text', () => {
    expect(matchPattern(compilePattern('/a.b'), '/axb')).toBeNull();
  });

  it('lets a trailing /** match any rest', () => {
    const pattern = compilePattern('/share/video/{id:digits}/**');
    expect(matchPattern(pattern, '/share/video/7/')).toEqual({ id: '7' });
    expect(matchPattern(pattern, '/share/video/7')).toEqual({ id: '7' });
  });

  it('refuses an unbounded class that is not the last placeholder', () => {
    expect(() => compilePattern('{a:rest}/{b:rest}')).toThrow(/last placeholder/);
  });

  it('takes a suffix after an unbounded class from the last separator', () => {
    const pattern = compilePattern('{u:url}:{h:word:10-40}');
    expect(matchPattern(pattern, 'https://a.example/x:y?b=1:AbCdEfGh12')).toEqual({
      u: 'https://a.example/x:y?b=1',
      h: 'AbCdEfGh12',
    });
    expect(matchPattern(pattern, 'https://a.example:8080')).toBeNull();
  });

  it('matches a long input against a suffix pattern in linear time', () => {
    const pattern = compilePattern('{u:rest}:{h:word}');
    const input = ':a'.repeat(200_000) + '/';
    const start = performance.now();
    expect(matchPattern(pattern, input)).toBeNull();
    expect(performance.now() - start).toBeLessThan(500);
  });

  it.each([
    ['a suffix whose class holds the separator', '{u:rest}:{h:text}'],
    ['a suffix without a separator', '{u:rest}{h:word}'],
    ['two suffixes', '{u:rest}:{h:word}.{g:word}'],
    ['literal text after a suffix', '{u:rest}:{h:word}.html'],
    ['an open end after a suffix', '{u:rest}:{h:word}/**'],
  ])('refuses %s', (_, source) => {
    expect(() => compilePattern(source)).toThrow(/last placeholder|must end/);
  });

  it('refuses an unknown class', () => {
    expect(() => compilePattern('{a:regex}')).toThrow(/Unknown class/);
  });
});
