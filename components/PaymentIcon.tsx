import type { JSX } from 'preact';
import type { PaymentMethod } from '@/utils/payments/schema';
import { paymentMarks, type MarkPart } from './payment-marks';

export interface PaymentIconProps {
  method: PaymentMethod;
  /** Width and height in CSS pixels; the drawing is on a 20×20 grid. */
  size?: number;
}

const fontFamily = 'system-ui, sans-serif';

function Part({ part, frameColour }: { part: MarkPart; frameColour: string }) {
  if ('cut' in part) return <path d={part.cut} fill={frameColour} />;
  if ('d' in part) {
    const outline = part.outlined ? { stroke: frameColour, 'stroke-width': 1 } : {};
    return <path d={part.d} fill={part.fill} {...outline} />;
  }
  const size = part.size ?? 11;
  // A baseline at about a third of the size below the centre centres both capitals and CJK glyphs.
  const y = part.y ?? 10 + size * 0.36;
  return (
    <text
      x={part.x ?? 10}
      y={y}
      fill={part.fill}
      font-size={size}
      font-weight={700}
      font-family={fontFamily}
      text-anchor="middle"
    >
      {part.text}
    </text>
  );
}

/** A payment method's mark: decorative, so the method's name must be written beside it. */
export function PaymentIcon({ method, size = 20 }: PaymentIconProps): JSX.Element {
  const mark = paymentMarks[method];
  return (
    <svg class="pay-icon" width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {mark.frame === 'circle' ? (
        <circle cx={10} cy={10} r={10} fill={mark.background} />
      ) : (
        <rect width={20} height={20} rx={4.5} fill={mark.background} />
      )}
      {mark.parts.map((part, i) => (
        <Part key={i} part={part} frameColour={mark.background} />
      ))}
    </svg>
  );
}
