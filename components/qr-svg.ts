import { correction, generate, mode } from 'lean-qr';

/** Light modules around the code on every side: the four the QR standard asks for. */
export const QUIET_ZONE = 4;

/**
 * Plain modes only: digits, upper-case letters, ASCII, and UTF-8 (with its ECI) for anything else;
 * never Shift-JIS, which would turn Chinese characters into Japanese ones on many phones.
 */
const modes = [mode.numeric, mode.alphaNumeric, mode.ascii, mode.utf8];

export interface QrShape {
  /** Modules on a side, the quiet zone included: the SVG's view box is `0 0 size size`. */
  size: number;
  /** The dark modules as one SVG path, a rectangle for each run of dark modules in a row. */
  path: string;
}

/**
 * The QR code of a text as an SVG path in module units (error correction M or better), with its
 * quiet zone; null when the text is too long for any QR code.
 * @example qrShape('https://a.cn/')?.size // 29 (21 modules and 4 on each side)
 */
export function qrShape(text: string): QrShape | null {
  let code: ReturnType<typeof generate>;
  try {
    code = generate(text, { minCorrectionLevel: correction.M, modes });
  } catch {
    return null;
  }
  const runs: string[] = [];
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      const start = x;
      while (x + 1 < code.size && code.get(x + 1, y)) x++;
      runs.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x + 1 - start}v1h-${x + 1 - start}z`);
    }
  }
  return { size: code.size + 2 * QUIET_ZONE, path: runs.join('') };
}
