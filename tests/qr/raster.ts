/**
 * Plain RGBA images for the QR test set: a code's modules drawn as pixels, and the ways a code gets
 * damaged on its way to a screen or a camera (rotation, blur, noise, a logo, low contrast,
 * perspective). Deterministic: every random choice comes from the `random` passed in.
 */

export interface Rgba {
  width: number;
  height: number;
  /** Four bytes a pixel, row by row (the layout of the DOM's `ImageData`). */
  data: Uint8ClampedArray;
}

/** A QR code's modules: `dark(row, col)` for a square of `size` modules. */
export interface Modules {
  size: number;
  dark(row: number, col: number): boolean;
}

export function blank(width: number, height: number, grey = 255): Rgba {
  const data = new Uint8ClampedArray(width * height * 4).fill(grey);
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  return { width, height, data };
}

function setGrey(image: Rgba, x: number, y: number, grey: number): void {
  const i = (y * image.width + x) * 4;
  image.data[i] = image.data[i + 1] = image.data[i + 2] = grey;
}

function grey(image: Rgba, x: number, y: number): number {
  if (x < 0 || y < 0 || x >= image.width || y >= image.height) return 255;
  return image.data[(y * image.width + x) * 4]!;
}

/** The code drawn black on white, `scale` pixels a module, with a quiet zone of `quiet` modules. */
export function drawModules(modules: Modules, scale: number, quiet = 4): Rgba {
  const side = (modules.size + 2 * quiet) * scale;
  const image = blank(side, side);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - quiet;
      const col = Math.floor(x / scale) - quiet;
      const inside = row >= 0 && col >= 0 && row < modules.size && col < modules.size;
      if (inside && modules.dark(row, col)) setGrey(image, x, y, 0);
    }
  }
  return image;
}

/** Bilinear sample of the grey channel at a real position; white outside the image. */
function sample(image: Rgba, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const top = grey(image, x0, y0) * (1 - fx) + grey(image, x0 + 1, y0) * fx;
  const bottom = grey(image, x0, y0 + 1) * (1 - fx) + grey(image, x0 + 1, y0 + 1) * fx;
  return top * (1 - fy) + bottom * fy;
}

/** A new image of the given size whose pixel (x, y) is the source sampled where `from` maps it. */
function remap(image: Rgba, width: number, height: number, from: (x: number, y: number) => [number, number]) {
  const out = blank(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [sx, sy] = from(x + 0.5, y + 0.5);
      setGrey(out, x, y, Math.round(sample(image, sx - 0.5, sy - 0.5)));
    }
  }
  return out;
}

/** Rotated by `degrees` about its centre, on a canvas large enough to hold every corner. */
export function rotate(image: Rgba, degrees: number): Rgba {
  const a = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(a), Math.sin(a)];
  const side = Math.ceil(Math.abs(image.width * cos) + Math.abs(image.height * sin));
  const [cx, cy, c] = [image.width / 2, image.height / 2, side / 2];
  return remap(image, side, side, (x, y) => [
    cx + (x - c) * cos + (y - c) * sin,
    cy - (x - c) * sin + (y - c) * cos,
  ]);
}

/** A box blur of the given radius, run `passes` times (twice and more is close to a Gaussian). */
export function blur(image: Rgba, radius: number, passes: number): Rgba {
  let out = image;
  for (let pass = 0; pass < passes; pass++) {
    const src = out;
    out = blank(src.width, src.height);
    for (let y = 0; y < src.height; y++) {
      for (let x = 0; x < src.width; x++) {
        let sum = 0;
        let n = 0;
        for (let dy = -radius; dy <= radius; dy++) {
          for (let dx = -radius; dx <= radius; dx++) {
            sum += grey(src, x + dx, y + dy);
            n++;
          }
        }
        setGrey(out, x, y, Math.round(sum / n));
      }
    }
  }
  return out;
}

/** Gaussian noise of the given standard deviation on every pixel (Box–Muller over `random`). */
export function addNoise(image: Rgba, sigma: number, random: () => number): Rgba {
  const out = blank(image.width, image.height);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const u = Math.max(random(), 1e-9);
      const gauss = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
      setGrey(out, x, y, Math.round(grey(image, x, y) + gauss * sigma));
    }
  }
  return out;
}

/** Dark pixels become `dark` and light ones `light` (a faded print, a grey-on-grey design). */
export function lowContrast(image: Rgba, dark: number, light: number): Rgba {
  const out = blank(image.width, image.height);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      setGrey(out, x, y, Math.round(dark + ((light - dark) * grey(image, x, y)) / 255));
    }
  }
  return out;
}

/**
 * A logo in the middle: a white square covering `share` of the code's area, with a dark square mark
 * inside it, as on the payment and group codes that carry an app's icon.
 */
export function addLogo(image: Rgba, share: number): Rgba {
  const out = { ...image, data: image.data.slice() };
  const side = Math.round(Math.sqrt(share) * Math.min(image.width, image.height));
  const [x0, y0] = [Math.round((image.width - side) / 2), Math.round((image.height - side) / 2)];
  const margin = Math.max(2, Math.round(side / 6));
  for (let y = y0; y < y0 + side; y++) {
    for (let x = x0; x < x0 + side; x++) {
      const inner = x >= x0 + margin && x < x0 + side - margin && y >= y0 + margin && y < y0 + side - margin;
      setGrey(out, x, y, inner ? 40 : 255);
    }
  }
  return out;
}

/** The 3×3 homography that maps the unit square's corners onto `quad` (x0,y0 … x3,y3, clockwise). */
function squareToQuad(q: number[]): number[] {
  const [x0, y0, x1, y1, x2, y2, x3, y3] = q as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [dx1, dx2, dx3] = [x1 - x2, x3 - x2, x0 - x1 + x2 - x3];
  const [dy1, dy2, dy3] = [y1 - y2, y3 - y2, y0 - y1 + y2 - y3];
  const den = dx1 * dy2 - dx2 * dy1;
  const g = (dx3 * dy2 - dx2 * dy3) / den;
  const h = (dx1 * dy3 - dx3 * dy1) / den;
  return [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1];
}

/** The inverse of a 3×3 matrix given row by row. */
function invert(m: number[]): number[] {
  const [a, b, c, d, e, f, g, h, i] = m as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  const inv = [
    A,
    -(b * i - c * h),
    b * f - c * e,
    B,
    a * i - c * g,
    -(a * f - c * d),
    C,
    -(a * h - b * g),
    a * e - b * d,
  ];
  return inv.map((v) => v / det);
}

/**
 * Seen at an angle: each corner of the image moves inwards by up to `amount` of its side (a photo
 * taken off-axis), picked by `random`.
 */
export function perspective(image: Rgba, amount: number, random: () => number): Rgba {
  const [w, h] = [image.width, image.height];
  const jitter = (side: number) => random() * amount * side;
  const quad = [
    jitter(w),
    jitter(h),
    w - jitter(w),
    jitter(h),
    w - jitter(w),
    h - jitter(h),
    jitter(w),
    h - jitter(h),
  ];
  const toQuad = squareToQuad(quad);
  const fromQuad = invert(toQuad);
  return remap(image, w, h, (x, y) => {
    const [a, b, c, d, e, f, g, hh, i] = fromQuad as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const z = g * x + hh * y + i;
    const [u, v] = [(a * x + b * y + c) / z, (d * x + e * y + f) / z];
    return [u * w, v * h];
  });
}

/** Two images side by side on white, with a gap: one picture holding several codes. */
export function besideEachOther(images: readonly Rgba[], gap = 16): Rgba {
  const width = images.reduce((sum, image) => sum + image.width, 0) + gap * (images.length - 1);
  const height = Math.max(...images.map((image) => image.height));
  const out = blank(width, height);
  let left = 0;
  for (const image of images) {
    for (let y = 0; y < image.height; y++) {
      out.data.set(
        image.data.subarray(y * image.width * 4, (y + 1) * image.width * 4),
        (y * width + left) * 4,
      );
    }
    left += image.width + gap;
  }
  return out;
}

/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same set on every machine.
 * @example mulberry32(1)() // 0.6270739405881613
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
