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
const marked = (style: string) =>
  `text-decoration:underline ${style} #0f766e!important;text-decoration-thickness:1.5px!important;text-underline-offset:2px!important;`;
const looks = {
  link: neutral + marked('dotted'),
  token: neutral + marked('dashed'),
  plain: neutral + 'text-decoration:inherit!important;',
  /** A plain address made clickable: nothing blocked it, so it looks like any link, not like Unwall's work. */
  ordinary: neutral + 'text-decoration:underline!important;',
};

/**
 * Styles an inserted element (one style declaration, parsed once): `marked` adds Unwall's dotted (link)
 * or dashed (token) underline, `plain` none, `link` the look of an ordinary link.
 */
export function styleInserted(el: HTMLElement, look: 'marked' | 'plain' | 'link'): void {
  el.style.cssText =
    look === 'link'
      ? looks.ordinary
      : look === 'plain'
        ? looks.plain
        : el.tagName === 'SPAN'
          ? looks.token
          : looks.link;
}

/** The short note Unwall shows beside a token control it copied. */
export function styleNote(el: HTMLElement): void {
  el.style.cssText =
    'all:initial!important;display:inline-block!important;margin:0 0 0 .4em!important;padding:0 .4em!important;' +
    'font:12px/1.6 system-ui,sans-serif!important;color:#fff!important;background:#0f766e!important;' +
    'border-radius:4px!important;';
}
