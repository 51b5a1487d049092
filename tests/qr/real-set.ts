import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { QrSample } from './generated-set';
import type { Rgba } from './raster';

const dir = join(import.meta.dirname, '../fixtures/qr/real');

/**
 * QR pictures made by others, shipped as test data inside npm packages (the licences and sources are
 * in `tests/fixtures/qr/real/README.md`), with the texts their own tests expect. One is a camera
 * photograph (`photo`); the others are renders and one desktop screenshot.
 */
export const realPictures: readonly { file: string; texts: string[]; photo?: true }[] = [
  { file: 'quirc-hello-world.png', texts: ['Hello', 'World'] },
  { file: 'quirc-screenshot-two-codes.png', texts: ['from javascript', 'here comes qr!'] },
  // The right-hand code is mirrored; only a decoder that also tries the mirror image reads it.
  {
    file: 'quirc-flipped.png',
    texts: ['The quick brown fox jumps over the lazy dog', 'The quick brown fox jumps over the lazy dog'],
  },
  { file: 'quirc-eci.png', texts: ['ᚻᛖ ᚳᚹᚫᚦ ᚦᚫᛏ ᚻᛖ ᛒᚢᛞᛖ ᚩᚾ ᚦᚫᛗ ᛚᚪᚾᛞᛖ ᚾᚩᚱᚦᚹᛖᚪᚱᛞᚢᛗ ᚹᛁᚦ ᚦᚪ ᚹᛖᛥᚫ'] },
  { file: 'qrcode-reader-image.png', texts: ['Test'] },
  { file: 'qrcode-reader-image-zxing.png', texts: ['Test'] },
  { file: 'jsqrcode-example.png', texts: ['hello world!'] },
  // A Canon EOS 7D photograph (5184×3456) of a printed code held at an angle; the package's README
  // example decodes it.
  { file: 'node-zxing-photo.jpg', texts: ['0142223'], photo: true },
];

/** A PNG file as RGBA (pngjs expands palettes, grey and 1-bit images to four bytes a pixel). */
export function readPng(path: string): Rgba {
  const png = PNG.sync.read(readFileSync(path));
  return { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data) };
}

/** The rendered pictures and the screenshot, as pixels. */
export function realSet(): QrSample[] {
  return realPictures
    .filter((picture) => !picture.photo)
    .map(({ file, texts }) => ({ name: file, image: readPng(join(dir, file)), texts }));
}

/**
 * The camera photographs as files (JPEG): ZXing decodes them itself in the unit test, and the
 * browser does in the end-to-end test, as it does a picture pasted into the paste box.
 */
export function realPhotos(): { name: string; path: string; texts: string[] }[] {
  return realPictures
    .filter((picture) => picture.photo)
    .map(({ file, texts }) => ({ name: file, path: join(dir, file), texts }));
}
