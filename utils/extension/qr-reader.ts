import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { MAX_SIDE, qrReaderOptions, textsOf } from './qr-codes';

type Zxing = typeof import('zxing-wasm/reader');

let zxing: Promise<Zxing> | null = null;

/**
 * The decoder, loaded on first use only (a chunk of its own, never in a content script). Its
 * WebAssembly binary ships with the extension: `locateFile` points at the bundled file, so ZXing
 * never fetches it from its default CDN.
 */
function loadZxing(): Promise<Zxing> {
  zxing ??= import('zxing-wasm/reader').then((module) => {
    module.prepareZXingModule({
      overrides: {
        locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
      },
    });
    return module;
  });
  return zxing;
}

/** The picture's pixels, decoded by the browser (every format it shows, SVG too). */
async function pixelsOf(picture: Blob): Promise<ImageData> {
  const url = URL.createObjectURL(picture);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight, 1));
    const [width, height] = [image.naturalWidth * scale, image.naturalHeight * scale].map((n) =>
      Math.max(1, Math.round(n)),
    );
    const canvas = new OffscreenCanvas(width!, height!);
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(image, 0, 0, width!, height!);
    return context.getImageData(0, 0, width!, height!);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The texts of every QR code in a picture, decoded offline; rejects when the picture cannot be loaded.
 */
export async function readQrCodes(picture: Blob): Promise<string[]> {
  const [{ readBarcodes }, pixels] = await Promise.all([loadZxing(), pixelsOf(picture)]);
  return textsOf(await readBarcodes(pixels, qrReaderOptions));
}
