// @vitest-environment happy-dom
import { render, type ComponentChild } from 'preact';
import { describe, expect, it } from 'vitest';
import { paymentMethodIds, paymentStatusSchema } from '@/utils/payments/schema';
import { paymentMarks } from './payment-marks';
import { PaymentIcon } from './PaymentIcon';
import { StatusIcon } from './StatusIcon';

function renderSvg(node: ComponentChild): SVGSVGElement {
  const root = document.createElement('div');
  render(node, root);
  const svg = root.querySelector('svg');
  if (!svg) throw new Error('no svg rendered');
  return svg;
}

/** WCAG relative luminance of a `#RRGGBB` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('PaymentIcon', () => {
  it.each(paymentMethodIds)('draws %s as a decorative 20×20 svg', (method) => {
    const svg = renderSvg(<PaymentIcon method={method} />);
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('focusable')).toBe('false');
    expect(svg.getAttribute('class')).toBe('pay-icon');
    expect(svg.getAttribute('viewBox')).toBe('0 0 20 20');
    expect(svg.getAttribute('width')).toBe('20');
    expect(svg.children.length).toBeGreaterThan(1);
  });

  it('draws every method differently', () => {
    const markups = paymentMethodIds.map((method) => renderSvg(<PaymentIcon method={method} />).outerHTML);
    expect(new Set(markups).size).toBe(paymentMethodIds.length);
  });

  it('has a mark for every method and none for unknown ids', () => {
    expect(Object.keys(paymentMarks).sort()).toEqual([...paymentMethodIds].sort());
  });

  it.each(paymentMethodIds)('keeps every part of %s at 3:1 contrast or more against its frame', (method) => {
    const mark = paymentMarks[method];
    for (const part of mark.parts) {
      if ('cut' in part) continue;
      expect(contrast(part.fill, mark.background)).toBeGreaterThanOrEqual(3);
    }
  });

  it('scales to the given size', () => {
    const svg = renderSvg(<PaymentIcon method="alipay" size={32} />);
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['32', '32']);
  });
});

describe('StatusIcon', () => {
  const statuses = paymentStatusSchema.options;

  it.each(statuses)('draws %s as a decorative 16×16 svg in currentColor', (status) => {
    const svg = renderSvg(<StatusIcon status={status} />);
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('class')).toBe(`status-icon status-${status}`);
    expect(svg.getAttribute('viewBox')).toBe('0 0 16 16');
    expect(svg.getAttribute('stroke')).toBe('currentColor');
  });

  it('draws every status with a different shape', () => {
    const shapes = statuses.map((status) => renderSvg(<StatusIcon status={status} />).innerHTML);
    expect(new Set(shapes).size).toBe(statuses.length);
  });
});
