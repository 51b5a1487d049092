import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { qrReaderOptions, textsOf } from '@/utils/extension/qr-codes';
import { findLinks, readQrText } from '@/utils/links';
import { generatedSet, qrTexts, type QrSample, type QrTextKind } from '../qr/generated-set';
import { drawModules, type Rgba } from '../qr/raster';
import { realPhotos, realSet } from '../qr/real-set';

/** The decoder as the extension runs it (same options), its binary read from node_modules. */
async function decode(image: Rgba): Promise<string[]> {
  return textsOf(await readBarcodes(image as ImageData, qrReaderOptions));
}

function clean(text: string): Rgba {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  return drawModules({ size, dark: (row, col) => data[row * size + col] === 1 }, 4);
}

/** Share of the codes in the pictures that were read. */
async function shareRead(samples: readonly QrSample[]): Promise<number> {
  let read = 0;
  let codes = 0;
  for (const sample of samples) {
    const found = await decode(sample.image);
    codes += sample.texts.length;
    read += sample.texts.filter((text) => found.includes(text)).length;
  }
  return read / codes;
}

beforeAll(() => {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
  prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset) as ArrayBuffer } });
});

/** What the engine must make of each kind of code (the payment, sign-in and mini-program codes: no link). */
const expected: Record<QrTextKind, (reading: ReturnType<typeof readQrText>) => void> = {
  direct: (r) => expect(r.links.map((l) => [l.kind, l.url])).toEqual([['url', qrTexts.direct]]),
  shareText: (r) =>
    expect(r.links[0]).toMatchObject({
      kind: 'share',
      platform: 'taobao',
      url: 'https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX',
      token: '4OaXgGvWPKX',
    }),
  token: (r) => expect(r.links[0]).toMatchObject({ kind: 'token', url: null, token: qrTexts.token }),
  appLink: (r) =>
    expect(r.links[0]).toMatchObject({
      kind: 'scheme',
      url: 'https://item.taobao.com/item.htm?id=601009971043',
    }),
  wrapper: (r) =>
    expect(r.links[0]).toMatchObject({ kind: 'wrapper', url: 'https://github.com/Aixile/chainer-cyclegan' }),
  wechatPay: (r) => expect(r).toMatchObject({ appOnly: { kind: 'payment', platform: 'wechat' }, links: [] }),
  wechatPayNative: (r) =>
    expect(r).toMatchObject({ appOnly: { kind: 'payment', platform: 'wechat' }, links: [] }),
  tenpay: (r) => expect(r).toMatchObject({ appOnly: { kind: 'payment', platform: 'wechat' }, links: [] }),
  alipay: (r) => expect(r).toMatchObject({ appOnly: { kind: 'payment', platform: 'alipay' }, links: [] }),
  miniProgram: (r) =>
    expect(r).toMatchObject({ appOnly: { kind: 'mini-program', platform: 'wechat' }, links: [] }),
  wechatLogin: (r) => expect(r).toMatchObject({ appOnly: { kind: 'login', platform: 'wechat' }, links: [] }),
  plainText: (r) => expect(r).toMatchObject({ appOnly: null, links: [] }),
};

describe('a QR code read into what it is', () => {
  it.each(Object.entries(qrTexts) as [QrTextKind, string][])(
    '%s: generated, decoded, read',
    async (kind, text) => {
      const [decoded, ...others] = await decode(clean(text));
      expect(others).toEqual([]);
      expect(decoded).toBe(text);
      expected[kind](readQrText(findLinks, decoded!));
    },
  );

  it('lists each code of a picture that holds several', async () => {
    const [pair] = generatedSet({ damagesPerVersion: 0 });
    expect(new Set(await decode(pair!.image))).toEqual(new Set(pair!.texts));
  });
});

/**
 * The measured floor (README, "Reading QR codes"): ZXing read 99.8% of the full generated set and
 * every code of the real pictures. This smaller set (versions 1–10, two damages each) keeps the
 * test quick; it holds the decoder and its options to at least 99% of it.
 */
describe('the decoder’s floor', () => {
  it('reads at least 99% of the codes of the quick generated set', async () => {
    const samples = generatedSet({ damagesPerVersion: 2, maxVersion: 10 });
    expect(samples.length).toBeGreaterThan(150);
    expect(await shareRead(samples)).toBeGreaterThanOrEqual(0.99);
  }, 60_000);

  it('reads at least 90% of the codes of the real pictures', async () => {
    expect(await shareRead(realSet())).toBeGreaterThanOrEqual(0.9);
  });

  it('reads every code of the camera photographs', async () => {
    const photos = realPhotos();
    expect(photos.length).toBeGreaterThan(0);
    for (const photo of photos) {
      const file = new Blob([readFileSync(photo.path)], { type: 'image/jpeg' });
      expect(textsOf(await readBarcodes(file, qrReaderOptions)), photo.name).toEqual(photo.texts);
    }
  }, 30_000);
});
