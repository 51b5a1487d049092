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

/** The texts of the codes read, each once, in the order ZXing found them. */
export function textsOf(results: readonly ReadResult[]): string[] {
  return [...new Set(results.filter((r) => r.isValid && r.text !== '').map((r) => r.text))];
}
