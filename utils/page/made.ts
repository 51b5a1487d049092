import { isHttpHref } from '@/utils/url';
import { restoreAnchor, type AnchorOriginal } from './anchors';
import { unwrap } from './linkify';
import { HREF_ATTR, ORIGINAL_ATTR, restoreStyle, TOKEN_ATTR, UNWALL_ATTR } from './style';

/**
 * What Unwall made of one element: a link or token control it inserted around a piece of text, or a
 * page anchor it pointed at a direct address.
 */
export type Made =
  | { kind: 'link'; value: string; text: string; note: string }
  | { kind: 'token'; value: string; text: string; note: string }
  | {
      kind: 'anchor';
      value: string;
      original: AnchorOriginal;
      title: string;
      /** The anchor's style attribute before and after Unwall marked it (none: not marked). */
      style?: { before: string | null; after: string | null };
    };

/**
 * Whether an element still is what Unwall made of it. Frameworks reuse elements (keyed lists, paged
 * feeds, morphdom and idiomorph updates): an anchor Unwall rewrote may later be given another href,
 * or lose Unwall's attributes, or an inserted link another text. Any such change makes it the page's
 * element again, so nothing of Unwall's (click guard, undo) may act on it with the old record.
 * @example isIntact(a, { kind: 'anchor', value: 'https://x.cn/', original, title }) // false once the page set another href
 */
export function isIntact(el: Element, made: Made): boolean {
  if (made.kind === 'token')
    return (
      el.getAttribute(UNWALL_ATTR) === 'token' &&
      el.getAttribute(TOKEN_ATTR) === made.value &&
      el.textContent === made.text
    );
  const pointed = el.getAttribute('href') === made.value && el.getAttribute(HREF_ATTR) === made.value;
  return made.kind === 'link' ? pointed && el.textContent === made.text : pointed;
}

/** Takes Unwall's marks off an element the page has made its own again (its title only if it is still Unwall's). */
export function unmark(el: Element, made: Made): void {
  for (const name of [ORIGINAL_ATTR, HREF_ATTR, UNWALL_ATTR, TOKEN_ATTR]) el.removeAttribute(name);
  if (made.kind !== 'anchor') return;
  restoreStyle(el, made.style);
  if (el.getAttribute('title') !== made.title) return;
  if (made.original.title) el.setAttribute('title', made.original.title);
  else el.removeAttribute('title');
}

/**
 * Undoes one element: an intact anchor gets its own href and title back, an intact inserted element
 * becomes plain text again; an element the page changed since stays the page's, only Unwall's marks go.
 */
export function restoreMade(el: Element, made: Made): void {
  if (!isIntact(el, made)) unmark(el, made);
  else if (made.kind === 'anchor') restoreAnchor(el, made);
  else unwrap(el);
}

/**
 * The address the page had where Unwall made this, as the user saw it: an anchor's own href (resolved
 * against the page), or a link's text when that text is an address (a wrapped link in the text).
 * Only http(s): a `javascript:` href, an app link or a share text is no address to open.
 * @example originalOf({ kind: 'anchor', value, original: { href: '/link?url=x', title: null }, title }, 'https://a.cn/') // 'https://a.cn/link?url=x'
 */
export function originalOf(made: Made, base: string): string | null {
  let href: string;
  try {
    href = made.kind === 'anchor' ? new URL(made.original.href, base).href : made.text;
  } catch {
    return null;
  }
  return isHttpHref(href) ? href : null;
}
