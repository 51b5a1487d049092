import type { ReaderOptions, ReadResult } from 'zxing-wasm/reader';

/**
 * How Unwall reads QR codes with ZXing (zxing-wasm): QR codes only, every code in the picture, and
 * ZXing's harder tries (rotated, inverted, downscaled, mirrored). `scripts/measure-qr.ts` measured
 * these options; the unit test holds them to its floor.
 */
export const qrReaderOptions: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  maxNumberOfSymbols: 16,
};

/**
 * Pictures larger than this on a side are drawn smaller before they are read (a code that big reads
 * as well, and a camera photograph of 5184 px would otherwise cost four times the memory).
 */
export const MAX_SIDE = 4096;

/** The texts of the codes read, each once, in the order ZXing found them. */
export function textsOf(results: readonly ReadResult[]): string[] {
  return [...new Set(results.filter((r) => r.isValid && r.text !== '').map((r) => r.text))];
}
