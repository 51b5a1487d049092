import type { FoundLink } from '@/utils/links';
import type { PageFeatures, PageLink } from '@/utils/protocol';
import { isHttpHref, schemeOf } from '@/utils/url';
import { isCode } from './skip';

/** Whether the reader's switches let a link of this kind be fixed (the page is told the kinds, not the switches). */
export function allowedBy(features: PageFeatures, kind: FoundLink['kind']): boolean {
  return features.kinds.includes(kind);
}

/** The answer's span really is that part of the text (an answer is never trusted to cut the page's text). */
export function isSpanOf(text: string, link: PageLink): boolean {
  return (
    Number.isInteger(link.start) &&
    Number.isInteger(link.end) &&
    link.start >= 0 &&
    link.end <= text.length &&
    link.end - link.start === link.original.length &&
    text.startsWith(link.original, link.start)
  );
}

/** Spans that are not empty, in order and apart. */
export function inOrder(links: readonly PageLink[]): boolean {
  return links.every((l, i) => l.start < l.end && (i === 0 || links[i - 1]!.end <= l.start));
}

/**
 * The links of an answer that may be put into a text node that was sent as `text`: allowed, true
 * spans of it, in order, and the node still on the page holding that text; none when any is not.
 */
export function linksToApply(
  node: Text,
  text: string,
  links: readonly PageLink[],
  features: PageFeatures,
): PageLink[] {
  // A plain address in a code block is left as it is: nothing blocked it, and a click there is for
  // selecting and copying code, not for opening a tab.
  const inCode = links.some((l) => l.kind === 'url') && isCode(node);
  const allowed = links.filter(
    (l) => allowedBy(features, l.kind) && isSpanOf(text, l) && !(inCode && l.kind === 'url'),
  );
  if (!allowed.length || !node.parentNode || node.data !== text || !inOrder(allowed)) return [];
  return allowed;
}

/**
 * The kind an answer gives an anchor is one its address can have: a web address is a wrapper (known
 * or generic), anything else an app link (an answer is never trusted to say which switch applies).
 */
export function isKindOfHref(link: PageLink, href: string): boolean {
  return isHttpHref(href) ? link.kind === 'wrapper' || link.kind === 'generic' : link.kind === 'scheme';
}

/** The anchor is on the page with the href attribute it was sent with (changed since: the answer is stale). */
export function hasHrefAsSent(a: HTMLAnchorElement, attribute: string): boolean {
  return a.isConnected && a.getAttribute('href') === attribute;
}

/** A relative href may point elsewhere now (a new <base>, or the page's address changed). */
export function pointsAsSent(a: HTMLAnchorElement, attribute: string, href: string): boolean {
  return schemeOf(attribute) !== null || a.href === href;
}
