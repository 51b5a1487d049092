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
    expect(() => compilePattern('{a:rest}/{b:digits}')).toThrow(/last placeholder/);
  });

  it('refuses an unknown class', () => {
    expect(() => compilePattern('{a:regex}')).toThrow(/Unknown class/);
  });
});
