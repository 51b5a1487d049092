import type { LinkKind } from '@/utils/links';
import { isHttpHref } from '@/utils/url';
import type { Made } from './ledger';
import { HREF_ATTR, markAnchor, ORIGINAL_ATTR, restoreStyle, UNWALL_ATTR } from './style';

/** What an anchor had before Unwall rewrote it, kept by the scanner (never read back from the page). */
export interface AnchorOriginal {
  href: string;
  title: string | null;
}

/**
 * Points an existing anchor (a wrapper or an app link) at its direct address, given as `url`. The
 * anchor's own text is never touched; the old href stays in an attribute and the tooltip for the
 * reader, and in the returned record for putting it back. What the anchor has now is what undo
 * restores: an anchor the page reused is a new anchor, whatever it was before.
 */
export function rewriteAnchor(
  a: HTMLAnchorElement,
  /** What the engine said the anchor's address was (`wrapper`, `scheme`). */
  kind: LinkKind,
  url: string,
  /** The tooltip's note (what it was, and its old address). */
  note: string,
  /** The colour of Unwall's mark on it (see `markColorFor`), or null for no mark (switched off). */
  color: string | null = null,
): (Made & { kind: 'anchor' }) | null {
  const href = a.getAttribute('href');
  if (!href || !isHttpHref(url)) return null;
  const original = { href, title: a.getAttribute('title') };
  a.setAttribute(ORIGINAL_ATTR, href);
  a.setAttribute(UNWALL_ATTR, kind);
  a.setAttribute(HREF_ATTR, url);
  a.setAttribute('href', url);
  const title = original.title ? `${original.title}\n${note}` : note;
  a.setAttribute('title', title);
  const made = { kind: 'anchor' as const, value: url, original, title };
  return color ? { ...made, style: markAnchor(a, color) } : made;
}

/** Gives an anchor Unwall rewrote (and the page has not changed since) its own href and title back. */
export function restoreAnchor(a: Element, made: Made & { kind: 'anchor' }): void {
  a.setAttribute('href', made.original.href);
  restoreStyle(a, made.style);
  // A title the page set since is the page's.
  if (a.getAttribute('title') === made.title) {
    if (made.original.title === null) a.removeAttribute('title');
    else a.setAttribute('title', made.original.title);
  }
  for (const name of [ORIGINAL_ATTR, HREF_ATTR, UNWALL_ATTR]) a.removeAttribute(name);
}
