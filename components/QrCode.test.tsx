// @vitest-environment happy-dom
import jsQR from 'jsqr';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { I18nContext, type I18n } from './i18n';
import { QrCode } from './QrCode';
import { QrPanel } from './QrPanel';
import { QUIET_ZONE } from './qr-svg';

const keys: I18n = {
  t: (key, subs) => (subs === undefined ? key : `${key}(${[subs].flat().join(',')})`),
  locale: 'en',
  lang: 'en',
};

function renderInto(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(<I18nContext.Provider value={keys}>{node}</I18nContext.Provider>, root);
  return root;
}

/** The dark modules the SVG draws, read from its path: one rectangle a run, in module units. */
function modulesOf(svg: SVGSVGElement): { size: number; dark: Set<string> } {
  const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
  const dark = new Set<string>();
  const d = svg.querySelector('path')!.getAttribute('d')!;
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(w); i++) dark.add(`${Number(x) + i},${y}`);
  }
  expect(d.replace(/M(\d+) (\d+)h(\d+)v1h-\3z/g, '')).toBe('');
  return { size, dark };
}

/** The SVG drawn as the screen draws it (whole pixels per module, as its width says), then read by a decoder. */
function decode(svg: SVGSVGElement): string | null {
  const { size, dark } = modulesOf(svg);
  const scale = Number(svg.getAttribute('width')) / size;
  const side = size * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      if (!dark.has(`${Math.floor(x / scale)},${Math.floor(y / scale)}`)) continue;
      pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return jsQR(pixels, side, side)?.data ?? null;
}

function svgOf(text: string): SVGSVGElement {
  return renderInto(<QrCode text={text} label={`label of ${text}`} />).querySelector('svg')!;
}

describe('QrCode', () => {
  it.each([
    'https://github.com/x',
    'https://item.taobao.com/item.htm?id=601009971043',
    'https://s.taobao.com/search?q=胶片相机',
    'snssdk1128://aweme/detail/7574300896016862490',
    'openapp.jdmobile://virtual?params=%7B%22category%22%3A%22jump%22%2C%22des%22%3A%22productDetail%22%2C%22skuId%22%3A%22100014352539%22%7D',
    `https://www.zhihu.com/question/1?utm=${'x'.repeat(600)}`,
  ])('draws a code that decodes back to exactly %s', (text) => {
    expect(decode(svgOf(text))).toBe(text);
  });

  it('draws whole pixels, 4 or more a module, with a quiet zone of 4 modules', () => {
    const svg = svgOf(`https://a.cn/${'x'.repeat(1500)}`);
    const { size, dark } = modulesOf(svg);
    const scale = Number(svg.getAttribute('width')) / size;
    expect(Number.isInteger(scale) && scale >= 4).toBe(true);
    const coords = [...dark].flatMap((key) => key.split(',').map(Number));
    expect(Math.min(...coords)).toBe(QUIET_ZONE);
    expect(Math.max(...coords)).toBe(size - QUIET_ZONE - 1);
  });

  it('draws black on white whatever the color scheme, and names what it holds', () => {
    const svg = svgOf('https://a.cn/');
    expect(svg.querySelector('rect')?.getAttribute('fill')).toBe('#fff');
    expect(svg.querySelector('path')?.getAttribute('fill')).toBe('#000');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('label of https://a.cn/');
  });

  it('says so when the text is too long for any QR code', () => {
    const root = renderInto(<QrCode text={`https://a.cn/${'x'.repeat(3000)}`} label="x" />);
    expect(root.querySelector('svg')).toBeNull();
    expect(root.textContent).toBe('qrTooLong');
  });
});

describe('QrPanel', () => {
  it('adds the app link as a second code, written out but never a link', () => {
    const root = renderInto(<QrPanel url="https://www.douyin.com/video/7574300896016862490" />);
    const codes = [...root.querySelectorAll('svg')];
    expect(codes.map((svg) => svg.getAttribute('aria-label'))).toEqual([
      'qrLabel(https://www.douyin.com/video/7574300896016862490)',
      'qrAppLabel(snssdk1128://aweme/detail/7574300896016862490)',
    ]);
    expect(decode(codes[1]!)).toBe('snssdk1128://aweme/detail/7574300896016862490');
    expect(root.textContent).toContain('snssdk1128://aweme/detail/7574300896016862490');
    expect(root.querySelector('a')).toBeNull();
  });

  it('shows one code, of the address, where the platform has no app link', () => {
    const root = renderInto(<QrPanel url="https://github.com/x" />);
    expect(root.querySelectorAll('svg')).toHaveLength(1);
    expect(root.querySelector('.qr-text')?.textContent).toBe('https://github.com/x');
  });
});
