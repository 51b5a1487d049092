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
const neutral: [string, string][] = [
  ['font', 'inherit'],
  ['color', 'inherit'],
  ['letter-spacing', 'inherit'],
  ['display', 'inline'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['background', 'none'],
  ['cursor', 'pointer'],
];

/** Styles an inserted element; `marker` adds the dotted (link) or dashed (token) underline. */
export function styleInserted(el: HTMLElement, marker: boolean): void {
  for (const [name, value] of neutral) el.style.setProperty(name, value, 'important');
  if (!marker) return el.style.setProperty('text-decoration', 'inherit', 'important');
  const dashed = el.tagName === 'SPAN';
  el.style.setProperty('text-decoration', `underline ${dashed ? 'dashed' : 'dotted'} #0f766e`, 'important');
  el.style.setProperty('text-decoration-thickness', '1.5px', 'important');
  el.style.setProperty('text-underline-offset', '2px', 'important');
}
