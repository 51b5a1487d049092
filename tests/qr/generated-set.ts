import QRCode from 'qrcode';
import {
  addLogo,
  addNoise,
  besideEachOther,
  blur,
  drawModules,
  lowContrast,
  mulberry32,
  perspective,
  rotate,
  type Modules,
  type Rgba,
} from './raster';

/**
 * The kinds of text a QR code in a Chinese app's world carries, one real-shaped example each: what
 * Unwall must read out of a code (the engine's answer for each is checked in `qr-read.test.ts`).
 */
export const qrTexts = {
  direct: 'https://item.jd.com/100014352539.html',
  shareText:
    '【淘宝】7天无理由退货 https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX MF278 「IZ乐队 - 路过旧天堂书店 12寸2LP半透明棕色胶+画册套盒现货包邮」\n点击链接直接打开 或者 淘宝搜索直接打开',
  token: '￥dAEYbi4KO4D￥',
  appLink: 'taobao://item.taobao.com/item.htm?id=601009971043',
  wrapper: 'https://link.zhihu.com/?target=https%3A//github.com/Aixile/chainer-cyclegan',
  wechatPay: 'wxp://f2f0GPsEMhjyvIJ4d6PdlsuPVrKIOk-gJ-Ez',
  wechatPayNative: 'weixin://wxpay/bizpayurl?pr=NwY5Mz9',
  tenpay: 'https://wx.tenpay.com/f2f?t=AQAAABxXiDaVyoYdR5F1zBNM5jI%3D',
  alipay: 'https://qr.alipay.com/fkx17093ps0eujn4vyf7gd5',
  miniProgram: 'weixin://dl/business/?t=XTSkBZlzqmn',
  wechatLogin: 'https://login.weixin.qq.com/l/QaxnGV-Bcw==',
  plainText: '你好，世界 Hello, world',
} as const;

export type QrTextKind = keyof typeof qrTexts;

export interface QrSample {
  /** Says how the picture was made: `wrapper v7 rotate 23° 4px`. */
  name: string;
  image: Rgba;
  /** The texts of every code in the picture. */
  texts: string[];
}

/** Versions from 1 (21 modules) to 40 (177 modules). */
const versions = [1, 2, 3, 4, 5, 7, 10, 13, 16, 20, 25, 30, 35, 40];
const levels = ['L', 'M', 'Q', 'H'] as const;

/** The code of `text` at `version` or, when the text does not fit, the smallest version that holds it. */
function encode(text: string, version: number, level: (typeof levels)[number]): Modules {
  let code: QRCode.QRCode;
  try {
    code = QRCode.create(text, { version, errorCorrectionLevel: level });
  } catch {
    code = QRCode.create(text, { errorCorrectionLevel: level });
  }
  const { size, data } = code.modules;
  return { size, dark: (row, col) => data[row * size + col] === 1 };
}

type Damage = (image: Rgba, random: () => number, scale: number) => [string, Rgba];

/**
 * A soft photo: a box of three pixels, once or (four pixels a module and more) twice, about a third
 * of a module. A photo has three pixels a module or more (only a screen shows a large code at two);
 * a wider blur merges modules, and then no reader can tell them apart.
 */
const softFocus: Damage = (image, _random, scale) => {
  const passes = scale >= 4 ? 2 : 1;
  return [`blur ${passes}`, blur(image, 1, passes)];
};

/** A logo needs the highest error correction, as real codes with a logo use. */
const logo: Damage = (image) => ['logo 6%', addLogo(image, 0.06)];

/** The ways a code is damaged; each picks its strength from `random`. */
const damages: Damage[] = [
  (image) => ['clean', image],
  (image, random) => {
    const degrees = Math.round(5 + random() * 80);
    return [`rotate ${degrees}°`, rotate(image, degrees)];
  },
  softFocus,
  (image, random) => {
    const sigma = Math.round(15 + random() * 25);
    return [`noise σ${sigma}`, addNoise(image, sigma, random)];
  },
  logo,
  (image, random) => {
    const dark = Math.round(90 + random() * 30);
    return [`contrast ${dark}/${dark + 55}`, lowContrast(image, dark, dark + 55)];
  },
  (image, random) => {
    const amount = 0.08 + random() * 0.1;
    return [`perspective ${Math.round(amount * 100)}%`, perspective(image, amount, random)];
  },
];

/** Pixels a module: small codes drawn larger, large ones small, as on a screen. */
function scaleFor(size: number, random: () => number): number {
  const base = size <= 45 ? 4 : size <= 97 ? 3 : 2;
  return base + (random() < 0.5 ? 0 : 1);
}

/**
 * The generated test set: every kind of text at versions 1 to 40 (a text too long for a small
 * version gets the smallest that holds it), each version under `damagesPerVersion` of the damages
 * (all seven by default; each kind starts at another one), plus pictures holding two codes.
 * `maxVersion` and fewer damages keep a quick set small.
 */
export function generatedSet(
  options: { seed?: number; damagesPerVersion?: number; maxVersion?: number } = {},
): QrSample[] {
  const { seed = 20261201, damagesPerVersion = damages.length, maxVersion = 40 } = options;
  const random = mulberry32(seed);
  const samples: QrSample[] = [];
  Object.entries(qrTexts).forEach(([kind, text], k) => {
    versions
      .filter((v) => v <= maxVersion)
      .forEach((version, v) => {
        for (let d = 0; d < damagesPerVersion; d++) {
          const damage = damages[(k + v + d) % damages.length]!;
          samples.push(sample(kind, text, version, damage, random));
        }
      });
  });
  return [...samples, ...pairs(random)];
}

function sample(kind: string, text: string, version: number, damage: Damage, random: () => number): QrSample {
  const level = damage === logo ? 'H' : levels[Math.floor(random() * 3)]!;
  const modules = encode(text, version, level);
  const scale = Math.max(scaleFor(modules.size, random), damage === softFocus ? 3 : 2);
  const [how, image] = damage(drawModules(modules, scale), random, scale);
  const name = `${kind} v${(modules.size - 17) / 4} ${level} ${how} ${scale}px`;
  return { name, image, texts: [text] };
}

/** Pictures holding two codes side by side (a poster with a payment code beside a group code). */
function pairs(random: () => number): QrSample[] {
  const texts = Object.values(qrTexts);
  const out: QrSample[] = [];
  for (let i = 0; i < 6; i++) {
    const chosen = [texts[i % texts.length]!, texts[(i + 5) % texts.length]!];
    const images = chosen.map((text) => drawModules(encode(text, 1, 'M'), 3 + Math.floor(random() * 2)));
    out.push({ name: `two codes ${i + 1}`, image: besideEachOther(images), texts: chosen });
  }
  return out;
}
