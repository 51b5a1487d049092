import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { platforms } from '@/utils/platforms';
import { appOnlyCodeIn, compileAppOnlyCodes } from './app-only-codes';
import { findLinks } from './index';
import { readQrText } from './qr-text';

const codes = compileAppOnlyCodes(platforms);

describe('app-only QR codes', () => {
  const examples = platforms.flatMap((p) =>
    (p.appOnlyCodes ?? []).flatMap((code) => code.examples.map((text) => [p.id, code.kind, text] as const)),
  );

  it.each(examples)('%s reads a %s code: %s', (platform, kind, text) => {
    expect(appOnlyCodeIn(codes, text)).toMatchObject({ kind, platform });
  });

  it('names the app that reads the code in both languages', () => {
    expect(appOnlyCodeIn(codes, 'wxp://f2f0abc')?.app).toEqual({ en: 'WeChat', zh: '微信' });
    expect(appOnlyCodeIn(codes, 'https://qr.alipay.com/bax1')?.app).toEqual({ en: 'Alipay', zh: '支付宝' });
  });

  it('never labels an example that opens in the browser', () => {
    const openable = platforms.flatMap((p) => p.examples.filter((e) => e.url !== null).map((e) => e.input));
    expect(openable.filter((text) => appOnlyCodeIn(codes, text) !== null)).toEqual([]);
  });

  it.each([
    ['a look-alike host', 'https://qr.alipay.com.evil.example/bax1'],
    ['another path of the sign-in host', 'https://login.weixin.qq.com/cgi-bin/mmwebwx-bin/login'],
    ['another WeChat link', 'weixin://dl/scan'],
    ['a code inside a sentence', '付款码 wxp://f2f0abc 请扫码'],
    ['an address without slashes', 'wxp:f2f0abc'],
    ['a web page of the platform', 'https://weixin.qq.com/'],
  ])('reads %s as no app-only code', (_, text) => {
    expect(appOnlyCodeIn(codes, text)).toBeNull();
  });

  it('reads scheme and host in any case, and the text trimmed', () => {
    expect(appOnlyCodeIn(codes, '  WXP://f2f0abc\n')?.kind).toBe('payment');
    expect(appOnlyCodeIn(codes, 'HTTPS://QR.ALIPAY.COM/bax1')?.kind).toBe('payment');
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (text) => void appOnlyCodeIn(codes, text)));
  });
});

describe('readQrText', () => {
  it('offers no link for an app-only code', () => {
    const reading = readQrText(findLinks, 'https://qr.alipay.com/bax1');
    expect(reading).toMatchObject({ appOnly: { kind: 'payment', platform: 'alipay' }, links: [] });
  });

  it('gives the engine’s links for any other text', () => {
    const reading = readQrText(findLinks, 'https://link.zhihu.com/?target=https%3A//github.com/x');
    expect(reading.appOnly).toBeNull();
    expect(reading.links.map((l) => [l.kind, l.url])).toEqual([['wrapper', 'https://github.com/x']]);
  });
});
