import { isHttpHref } from '@/utils/links/quick-test';
import { HREF_ATTR, ORIGINAL_ATTR, UNWALL_ATTR } from './style';

export interface AnchorFix {
  original: string;
  url: string;
  kind: 'wrapper' | 'scheme';
}

/** A web anchor can only be a wrapper; anything else is an app link. */
export function anchorKind(a: HTMLAnchorElement): AnchorFix['kind'] {
  return /^https?:$/.test(a.protocol) ? 'wrapper' : 'scheme';
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
  url: string,
  describe: (fix: AnchorFix) => string,
  before: AnchorOriginal | undefined,
): { fix: AnchorFix; original: AnchorOriginal } | null {
  const href = a.getAttribute('href');
  if (!href || a.getAttribute(HREF_ATTR) === href || !isHttpHref(url)) return null;
  const fix: AnchorFix = { original: a.href, url, kind: anchorKind(a) };
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
