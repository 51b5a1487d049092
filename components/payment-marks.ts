import type { PaymentMethod } from '@/utils/payments/schema';

/**
 * Our own simple marks for payment methods, drawn on a 20×20 grid: a frame in the brand's well-known
 * colour and a short glyph or a plain shape on it. None of them copies a brand's artwork.
 *
 * Every filled part must keep a contrast of at least 3:1 against the frame (checked by the test).
 */
export type MarkPart =
  /** A short text centred at `x`; `size` in grid units (default 11), baseline at `y` (default centred). */
  | { text: string; fill: string; size?: number; x?: number; y?: number }
  /** SVG path data; `outlined` draws a thin outline in the frame colour to part it from shapes below. */
  | { d: string; fill: string; outlined?: boolean }
  /**
   * SVG path data cut out of the shapes below, drawn in the frame colour (so its contrast is that of
   * the shape it is cut from).
   */
  | { cut: string };

export interface PaymentMark {
  frame: 'square' | 'circle';
  background: string;
  parts: readonly MarkPart[];
}

const white = '#FFFFFF';
const ink = '#1A1A1A';

/** Path data for a full ellipse (a circle when `ry` is left out). */
function ellipse(cx: number, cy: number, rx: number, ry = rx): string {
  return `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0Z`;
}

function glyph(background: string, text: string, fill = white, size?: number): PaymentMark {
  return { frame: 'square', background, parts: [{ text, fill, size }] };
}

export const paymentMarks: Record<PaymentMethod, PaymentMark> = {
  alipay: glyph('#1677FF', '支'),
  wechat_pay: {
    frame: 'square',
    background: '#05A050',
    parts: [
      { d: `${ellipse(8, 8.5, 5.3, 4.3)}M4.4 11.2 3.6 14.4 7.3 12.5Z`, fill: white },
      { d: `${ellipse(12.6, 12.2, 4.6, 3.6)}M15.6 14.6 16.6 17.2 13.4 15.6Z`, fill: white, outlined: true },
    ],
  },
  unionpay: {
    frame: 'square',
    background: white,
    parts: [
      { d: 'M5 2h5.5L8 18H2.5Z', fill: '#D0142C' },
      { d: 'M9.5 2H15l-2.5 16H7Z', fill: '#00447C' },
      { d: 'M14 2h4.5L16 18h-4.5Z', fill: '#007B84' },
    ],
  },
  ecny: { frame: 'circle', background: '#C8102E', parts: [{ text: '¥', fill: white, size: 13 }] },
  huabei: glyph('#0F86C6', '花'),
  jd_pay: glyph('#E1251B', 'JD', white, 10),
  douyin_pay: {
    frame: 'square',
    background: '#161823',
    parts: [
      { text: '抖', fill: '#25F4EE', x: 9.5 },
      { text: '抖', fill: '#FE2C55', x: 10.5 },
      { text: '抖', fill: white },
    ],
  },
  meituan_pay: glyph('#FFD100', '美', ink),
  duoduo_pay: glyph('#E02E24', '多'),
  apple_pay: {
    frame: 'square',
    background: '#111111',
    parts: [
      { d: `${ellipse(10, 6.4, 3, 2.7)}M10.2 3.6c.2-1 .9-1.7 1.9-1.9-.1 1-.8 1.7-1.9 1.9Z`, fill: white },
      { text: 'Pay', fill: white, size: 7.5, y: 17 },
    ],
  },
  intl_cards: {
    frame: 'square',
    background: '#1F3A5F',
    parts: [
      { d: 'M3.5 5h13a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1h-13a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Z', fill: white },
      { cut: 'M2.5 7h15v2h-15Z' },
      { cut: 'M4.5 11.5h4v1.5h-4Z' },
    ],
  },
  paypal: glyph('#003087', 'P', white, 12),
  china_mobile_hebao: glyph('#0085D0', '移'),
  qq_wallet: glyph('#0A8AD0', 'Q', white, 12),
  kuaishou_pay: glyph('#FF4906', '快'),
  zhima_pay_later: glyph('#0E9F6E', '芝'),
  weibo_pay: glyph('#E6162D', '博'),
  worldfirst: glyph('#B0122B', 'W'),
  carrier_billing: {
    frame: 'square',
    background: '#4B5563',
    parts: [
      {
        d: 'M7.5 2.5h5a1.5 1.5 0 0 1 1.5 1.5v12a1.5 1.5 0 0 1-1.5 1.5h-5A1.5 1.5 0 0 1 6 16V4a1.5 1.5 0 0 1 1.5-1.5Z',
        fill: white,
      },
      { cut: 'M7.5 4.5h5v9h-5Z' },
      { cut: ellipse(10, 15.4, 0.8) },
    ],
  },
};
