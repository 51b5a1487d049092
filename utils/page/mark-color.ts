/** An sRGB colour, each channel 0–255. */
export type Rgb = readonly [number, number, number];

/** Unwall's teal for light backgrounds (5.5:1 on white) and for dark ones (11:1 on #1e1e1e, where the dark one has only 3:1). */
export const DARK_TEAL = '#0f766e';
export const LIGHT_TEAL = '#5eead4';
const TEALS: [string, Rgb][] = [
  [DARK_TEAL, [15, 118, 110]],
  [LIGHT_TEAL, [94, 234, 212]],
];
/** WCAG 2.1 asks 3:1 of a graphical object against what is next to it (1.4.11, non-text contrast). */
export const MIN_CONTRAST = 3;
const WHITE: Rgb = [255, 255, 255];

/**
 * Reads a computed colour as the browser writes it (`rgb(30, 30, 30)`, `rgba(0, 0, 0, 0)`, or the
 * space-separated form). Other forms (`oklch(…)`, `color(…)`) give null: the mark falls back to the
 * text's own colour.
 * @example parseColor('rgba(30, 30, 30, 0.5)') // { rgb: [30, 30, 30], alpha: 0.5 }
 */
export function parseColor(value: string): { rgb: Rgb; alpha: number } | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    value.trim(),
  );
  if (!match) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const a = match[4];
  const alpha = a === undefined ? 1 : a.endsWith('%') ? parseFloat(a) / 100 : Number(a);
  return { rgb: [r, g, b], alpha };
}

/**
 * A colour's relative luminance, by the WCAG 2.1 formula.
 * @example relativeLuminance([255, 255, 255]) // 1
 */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white).
 * @example contrastRatio([0, 0, 0], [255, 255, 255]) // 21
 */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colour of Unwall's mark on a background: the teal that stands out more, when it stands out by
 * at least 3:1; else (a mid-tone background) the text's own colour, which the page made legible there.
 * With no known background, a dark text is taken to be on the page's white canvas; a light text is
 * on something dark Unwall could not read (a picture, a gradient), so the mark takes the text's colour.
 * @example markColor([30, 30, 30], [230, 230, 230]) // '#5eead4'
 * @example markColor([255, 255, 255], [0, 0, 0]) // '#0f766e'
 */
export function markColor(background: Rgb | null, text: Rgb | null): string {
  const behind = background ?? (text && relativeLuminance(text) < 0.5 ? WHITE : null);
  if (!behind) return 'currentColor';
  const [color, ratio] = TEALS.map(([hex, rgb]) => [hex, contrastRatio(rgb, behind)] as const).sort(
    (x, y) => y[1] - x[1],
  )[0]!;
  return ratio >= MIN_CONTRAST ? color : 'currentColor';
}

/** Ancestors looked at for an opaque background before giving up (deep trees, cost per mark). */
const MAX_DEPTH = 30;

/** What was read of each element's background (null: unknown), kept by the caller for one batch. */
export type Backgrounds = Map<Element, Rgb | null>;

/**
 * The nearest opaque background behind an element: semi-transparent ones are looked through, a
 * background picture ends the search (its colours are unknown). Each element on the way is noted in
 * `known`, so siblings cost one lookup.
 */
function backgroundOf(view: Window, el: Element, own: CSSStyleDeclaration, known: Backgrounds): Rgb | null {
  const path: Element[] = [];
  let found: Rgb | null = null;
  for (let at: Element | null = el; at && path.length < MAX_DEPTH; at = at.parentElement) {
    const seen = known.get(at);
    if (seen !== undefined) {
      found = seen;
      break;
    }
    path.push(at);
    const style = at === el ? own : view.getComputedStyle(at);
    if (style.backgroundImage && style.backgroundImage !== 'none') break;
    const color = parseColor(style.backgroundColor);
    if (color && color.alpha >= 1) {
      found = color.rgb;
      break;
    }
  }
  for (const at of path) known.set(at, found);
  return found;
}

/**
 * The colour of the mark on an element, from the computed colours of the page: the nearest opaque
 * background behind it and its text colour (see `markColor`).
 */
export function markColorFor(el: Element, known: Backgrounds = new Map()): string {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'currentColor';
  const style = view.getComputedStyle(el);
  const background = backgroundOf(view, el, style, known);
  // The text's colour matters only where the background is unknown.
  const text = background ? null : parseColor(style.color);
  return markColor(background, text && text.alpha > 0 ? text.rgb : null);
}
