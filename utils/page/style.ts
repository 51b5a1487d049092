/** Marks every element Unwall inserts or rewrites; the page layer never touches others. */
export const UNWALL_ATTR = 'data-unwall';
/** The direct address of an inserted or rewritten link, re-asserted when it is clicked. */
export const HREF_ATTR = 'data-unwall-href';
/** The token a copy control copies. */
export const TOKEN_ATTR = 'data-unwall-token';
/** The href an existing anchor had before Unwall rewrote it. */
export const ORIGINAL_ATTR = 'data-unwall-original';
/**
 * Layout-neutral look of an inserted link or token, set on the element itself (no stylesheet: adding
 * one to a page makes the browser restyle every element of it, a long task on a big page). The text
 * keeps its font, size, colour and spacing; the marker is a dotted underline only.
 */
const neutral =
  'font:inherit!important;color:inherit!important;letter-spacing:inherit!important;display:inline!important;' +
  'margin:0!important;padding:0!important;border:0!important;background:none!important;cursor:pointer!important;';

/**
 * Unwall's one mark on everything it changed (inserted links, rewritten anchors, links whose click
 * traps it took off): an underline in a colour that stands out on the page's background (see
 * `markColor`), dotted on a link and dashed on a token control, which copies instead of opening.
 */
const MARK = {
  'text-decoration-line': 'underline',
  'text-decoration-thickness': '1.5px',
  'text-underline-offset': '2px',
};
const marked = (style: string, color: string) =>
  Object.entries({ ...MARK, 'text-decoration-style': style, 'text-decoration-color': color })
    .map(([name, value]) => `${name}:${value}!important;`)
    .join('');

/**
 * Styles an inserted element (one style declaration, parsed once): `marked` adds Unwall's dotted (link)
 * or dashed (token) underline in `color`, `plain` none (the marks switched off).
 */
export function styleInserted(el: HTMLElement, look: 'marked' | 'plain', color: string): void {
  el.style.cssText =
    look === 'plain'
      ? neutral + 'text-decoration:inherit!important;'
      : neutral + marked(el.tagName === 'SPAN' ? 'dashed' : 'dotted', color);
}

/**
 * Puts Unwall's mark on a page's own anchor (it keeps its look otherwise) and returns its style
 * attribute as it was, to put back; `restoreStyle` does that while the style is still as Unwall set it.
 */
export function markAnchor(a: HTMLElement, color: string): { before: string | null; after: string | null } {
  const before = a.getAttribute('style');
  for (const [name, value] of Object.entries({ ...MARK, 'text-decoration-style': 'dotted' }))
    a.style.setProperty(name, value, 'important');
  a.style.setProperty('text-decoration-color', color, 'important');
  return { before, after: a.getAttribute('style') };
}

/** Gives an element its own style attribute back, unless the page has set another since (then it is the page's). */
export function restoreStyle(el: Element, style?: { before: string | null; after: string | null }): void {
  if (!style || style.after === null || el.getAttribute('style') !== style.after) return;
  if (style.before === null) el.removeAttribute('style');
  else el.setAttribute('style', style.before);
}

/** The short note Unwall shows beside a token control it copied. */
export function styleNote(el: HTMLElement): void {
  el.style.cssText =
    'all:initial!important;display:inline-block!important;margin:0 0 0 .4em!important;padding:0 .4em!important;' +
    'font:12px/1.6 system-ui,sans-serif!important;color:#fff!important;background:#0f766e!important;' +
    'border-radius:4px!important;';
}
