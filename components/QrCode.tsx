import { useMemo } from 'preact/hooks';
import { useI18n } from './i18n';
import { qrShape } from './qr-svg';

export interface QrCodeProps {
  /** What the code holds: an address. */
  text: string;
  /** What a screen reader says instead of the picture. */
  label: string;
  /** The side a small code is drawn at, at least, in CSS pixels (200 by default). */
  minSide?: number;
}

/** A phone camera reads a code best with modules of 4 screen pixels or more. */
const MIN_MODULE_PX = 4;

/**
 * A QR code as SVG: whole pixels per module (4 or more), the quiet zone included, dark modules on a
 * white ground whatever the color scheme (a phone reads dark on light), and a text alternative.
 */
export function QrCode({ text, label, minSide = 200 }: QrCodeProps) {
  const { t } = useI18n();
  const shape = useMemo(() => qrShape(text), [text]);
  if (!shape) return <p class="muted">{t('qrTooLong')}</p>;
  const side = shape.size * Math.max(MIN_MODULE_PX, Math.ceil(minSide / shape.size));
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      width={side}
      height={side}
      viewBox={`0 0 ${shape.size} ${shape.size}`}
      shape-rendering="crispEdges"
    >
      <rect width={shape.size} height={shape.size} fill="#fff" />
      <path d={shape.path} fill="#000" />
    </svg>
  );
}
