import { isHttpHref } from '@/utils/links/quick-test';
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

const urlParts = /^([a-z][a-z0-9+.-]*:)(?:\/\/(?:[^/?#]*@)?(\[[^\]/?#]*\]|[^:/?#]*))?/;

/**
 * The scheme (with its colon) and host name of an address as the browser serializes it (`a.href`),
 * read from the string: asking the anchor for `protocol` and `hostname` parses the address again each time.
 * @example partsOfHref('https://u@Item.taobao.com:8080/x') // { protocol: 'https:', hostname: 'item.taobao.com' }
 */
export function partsOfHref(href: string): { protocol: string; hostname: string } {
  const parts = urlParts.exec(href);
  return { protocol: parts?.[1] ?? '', hostname: parts?.[2]?.toLowerCase() ?? '' };
}

/** What an anchor had before Unwall rewrote it, kept by the scanner (never read back from the page). */
export interface AnchorOriginal {
  href: string;
  title: string | null;
}

/**
 * Points an existing anchor (a wrapper or an app link) at its direct address, given as `url`. The
 * anchor's own text is never touched; the old href stays in an attribute and the tooltip for the
 * reader, and in the returned record for putting it back.
 */
export function rewriteAnchor(
  a: HTMLAnchorElement,
  /** The anchor's address as the browser gave it when it was collected (`a.href`). */
  collected: string,
  url: string,
  describe: (fix: AnchorFix) => string,
  before: AnchorOriginal | undefined,
): { fix: AnchorFix; original: AnchorOriginal } | null {
  const href = a.getAttribute('href');
  if (!href || a.getAttribute(HREF_ATTR) === href || !isHttpHref(url)) return null;
  const fix: AnchorFix = { original: collected, url, kind: anchorKind(collected) };
  const original = before ?? { href, title: a.getAttribute('title') };
  a.setAttribute(ORIGINAL_ATTR, original.href);
  a.setAttribute(UNWALL_ATTR, fix.kind);
  a.setAttribute(HREF_ATTR, url);
  a.setAttribute('href', url);
  const note = describe(fix);
  a.title = original.title ? `${original.title}\n${note}` : note;
  return { fix, original };
}

/** Gives the anchors Unwall rewrote their own href and title back (from its own records). */
export function restoreAnchors(rewritten: ReadonlyMap<HTMLAnchorElement, AnchorOriginal>): void {
  for (const [a, original] of rewritten) {
    a.setAttribute('href', original.href);
    if (original.title) a.title = original.title;
    else a.removeAttribute('title');
    for (const name of [ORIGINAL_ATTR, HREF_ATTR, UNWALL_ATTR]) a.removeAttribute(name);
  }
}
