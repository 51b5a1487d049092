import { isHttpHref } from '@/utils/url';
import type { Made } from './ledger';

// The scanner still imports it from here; its import moves to the URL toolkit with the scanner's rewrite.
export { partsOfHref } from '@/utils/url';
import { HREF_ATTR, ORIGINAL_ATTR, UNWALL_ATTR } from './style';

export interface AnchorFix {
  original: string;
  url: string;
  kind: 'wrapper' | 'scheme';
}

/** A web anchor can only be a wrapper; anything else is an app link. `href` as the browser gives it (`a.href`). */
export function anchorKind(href: string): AnchorFix['kind'] {
  return isHttpHref(href) ? 'wrapper' : 'scheme';
}

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
  /** The anchor's address as the browser gave it when it was collected (`a.href`). */
  collected: string,
  url: string,
  describe: (fix: AnchorFix) => string,
): { fix: AnchorFix; made: Made & { kind: 'anchor' } } | null {
  const href = a.getAttribute('href');
  if (!href || !isHttpHref(url)) return null;
  const fix: AnchorFix = { original: collected, url, kind: anchorKind(collected) };
  const original = { href, title: a.getAttribute('title') };
  a.setAttribute(ORIGINAL_ATTR, href);
  a.setAttribute(UNWALL_ATTR, fix.kind);
  a.setAttribute(HREF_ATTR, url);
  a.setAttribute('href', url);
  const note = describe(fix);
  const title = original.title ? `${original.title}\n${note}` : note;
  a.setAttribute('title', title);
  return { fix, made: { kind: 'anchor', value: url, original, title } };
}

/** Gives an anchor Unwall rewrote (and the page has not changed since) its own href and title back. */
export function restoreAnchor(a: Element, made: Made & { kind: 'anchor' }): void {
  a.setAttribute('href', made.original.href);
  // A title the page set since is the page's.
  if (a.getAttribute('title') === made.title) {
    if (made.original.title === null) a.removeAttribute('title');
    else a.setAttribute('title', made.original.title);
  }
  for (const name of [ORIGINAL_ATTR, HREF_ATTR, UNWALL_ATTR]) a.removeAttribute(name);
}
