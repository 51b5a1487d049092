// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  DARK_TEAL,
  LIGHT_TEAL,
  markColor,
  markColorFor,
  MIN_CONTRAST,
  parseColor,
  relativeLuminance,
  type Rgb,
} from './mark-color';

const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;

describe('parseColor', () => {
  it.each([
    ['rgb(30, 30, 30)', { rgb: [30, 30, 30], alpha: 1 }],
    ['rgba(0, 0, 0, 0)', { rgb: [0, 0, 0], alpha: 0 }],
    ['rgba(10, 20, 30, 0.5)', { rgb: [10, 20, 30], alpha: 0.5 }],
    ['rgb(10 20 30 / 50%)', { rgb: [10, 20, 30], alpha: 0.5 }],
  ])('reads %s', (value, expected) => expect(parseColor(value)).toEqual(expected));

  it.each(['', 'transparent', 'oklch(0.5 0.1 200)', 'color(srgb 1 1 1)'])('gives null for %j', (value) =>
    expect(parseColor(value)).toBeNull(),
  );
});

describe('contrast (WCAG 2.1)', () => {
  it('gives the known luminances and ratios', () => {
    expect(relativeLuminance([255, 255, 255])).toBe(1);
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBe(21);
    expect(contrastRatio([255, 255, 255], [0, 0, 0])).toBe(21);
    // #767676 on white is the well-known 4.54:1 grey.
    expect(contrastRatio([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2);
  });

  it('shows why one teal is not enough: the dark teal is under 3:1 on a dark card', () => {
    expect(contrastRatio(rgbOf(DARK_TEAL), [43, 43, 43])).toBeLessThan(MIN_CONTRAST);
  });
});

describe('markColor', () => {
  it.each([
    ['white', [255, 255, 255], DARK_TEAL],
    ['a light grey card', [244, 244, 245], DARK_TEAL],
    ['a dark Weibo card', [43, 43, 43], LIGHT_TEAL],
    ['black', [0, 0, 0], LIGHT_TEAL],
    ['a deep blue', [15, 23, 42], LIGHT_TEAL],
  ] as [string, Rgb, string][])('picks a teal of at least 3:1 on %s', (_, background, expected) => {
    const color = markColor(background, [0, 0, 0]);
    expect(color).toBe(expected);
    expect(contrastRatio(rgbOf(color), background)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('takes the text colour on a mid-tone background where neither teal reaches 3:1', () => {
    const teal: Rgb = [20, 150, 140];
    expect(contrastRatio(rgbOf(DARK_TEAL), teal)).toBeLessThan(MIN_CONTRAST);
    expect(contrastRatio(rgbOf(LIGHT_TEAL), teal)).toBeLessThan(MIN_CONTRAST);
    expect(markColor(teal, [255, 255, 255])).toBe('currentColor');
  });

  it('takes a dark text with no known background to be on the white canvas, a light one to be on something unknown', () => {
    expect(markColor(null, [17, 17, 17])).toBe(DARK_TEAL);
    expect(markColor(null, [240, 240, 240])).toBe('currentColor');
    expect(markColor(null, null)).toBe('currentColor');
  });
});

describe('markColorFor', () => {
  it('reads the nearest opaque background, through semi-transparent ones', () => {
    document.body.innerHTML =
      '<div style="background-color: rgb(30, 30, 30); color: rgb(230, 230, 230)"><p style="background-color: rgba(255, 255, 255, 0.1)"><span id="in">x</span></p></div>';
    expect(markColorFor(document.getElementById('in')!)).toBe(LIGHT_TEAL);
  });

  it('marks dark text on a light page with the dark teal', () => {
    document.body.innerHTML =
      '<div style="background-color: rgb(255, 255, 255); color: rgb(0, 0, 0)"><span id="in">x</span></div>';
    expect(markColorFor(document.getElementById('in')!)).toBe(DARK_TEAL);
  });
});
