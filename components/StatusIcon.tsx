import type { JSX } from 'preact';
import type { PaymentStatus } from '@/utils/payments/schema';

/** A claim's status as shown: its own, or `reported` where only weak or old sources say so. */
export type ShownStatus = PaymentStatus | 'reported';

export interface StatusIconProps {
  status: ShownStatus;
  /** Width and height in CSS pixels; the drawing is on a 16×16 grid. */
  size?: number;
}

/**
 * What is drawn inside the ring for each status. Each has its own shape, so the statuses stay apart
 * without colour; `strokes` are lines, `fills` solid areas, both in `currentColor`.
 */
const statusShapes: Record<ShownStatus, { strokes?: string; fills?: string }> = {
  supported: { strokes: 'M5 8.3l2.1 2.1L11 6.2' },
  partial: { fills: 'M8 1.75a6.25 6.25 0 0 0 0 12.5Z' },
  pending: { strokes: 'M8 4.5V8l2.4 1.6' },
  unsupported: { strokes: 'M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8' },
  // Three dots: said somewhere, not confirmed lately; drawn in the neutral colour, never as a check.
  reported: {
    fills:
      'M4.1 8a.9.9 0 1 0 1.8 0a.9.9 0 1 0-1.8 0M7.1 8a.9.9 0 1 0 1.8 0a.9.9 0 1 0-1.8 0M10.1 8a.9.9 0 1 0 1.8 0a.9.9 0 1 0-1.8 0',
  },
  unknown: {
    strokes: 'M6.1 6.3a1.95 1.95 0 1 1 2.7 1.8c-.5.2-.8.6-.8 1.1v.5',
    fills: 'M8 10.9a.85.85 0 1 1 0 1.7.85.85 0 0 1 0-1.7Z',
  },
};

/** A payment status as a shape in a ring, coloured by CSS through `currentColor`; decorative. */
export function StatusIcon({ status, size = 16 }: StatusIconProps): JSX.Element {
  const shape = statusShapes[status];
  return (
    <svg
      class={`status-icon status-${status}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width={1.5}
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <circle cx={8} cy={8} r={6.25} />
      {shape.fills && <path d={shape.fills} fill="currentColor" stroke="none" />}
      {shape.strokes && <path d={shape.strokes} />}
    </svg>
  );
}
