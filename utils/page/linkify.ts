import type { FoundLink } from '@/utils/links';
import { isHttpHref } from '@/utils/links/quick-test';
import { HREF_ATTR, styleInserted, TOKEN_ATTR, UNWALL_ATTR } from './style';

/** What a link was, in the reader's language: `Taobao share text → direct link`. */
export type Describe = (link: FoundLink) => string;

/**
 * Styled, empty elements per document, cloned for each inserted link or token: a clone carries the
 * parsed style and the fixed attributes, cheaper than setting them again thousands of times.
 */
const prototypes = new WeakMap<Document, Map<string, HTMLElement>>();

function fresh(doc: Document, tag: 'a' | 'span', marker: boolean): HTMLElement {
  let perDoc = prototypes.get(doc);
  if (!perDoc) prototypes.set(doc, (perDoc = new Map()));
  const key = `${tag}${marker}`;
  let proto = perDoc.get(key);
  if (!proto) {
    proto = doc.createElement(tag);
    if (tag === 'a') {
      proto.setAttribute('target', '_blank');
      proto.setAttribute('rel', 'noopener noreferrer');
    } else {
      proto.setAttribute('role', 'button');
      proto.setAttribute('tabindex', '0');
    }
    styleInserted(proto, marker);
    perDoc.set(key, proto);
  }
  return proto.cloneNode(false) as HTMLElement;
}

function element(doc: Document, link: FoundLink, describe: Describe, marker: boolean): HTMLElement {
  const title = describe(link);
  if (link.url && isHttpHref(link.url)) {
    const a = fresh(doc, 'a', marker);
    a.setAttribute('href', link.url);
    a.setAttribute(UNWALL_ATTR, link.kind);
    a.setAttribute(HREF_ATTR, link.url);
    a.title = title;
    a.textContent = link.original;
    return a;
  }
  // A token opens nothing in a browser: a control that copies it, and says so.
  const span = fresh(doc, 'span', marker);
  span.setAttribute(UNWALL_ATTR, 'token');
  span.setAttribute(TOKEN_ATTR, link.token ?? link.original);
  span.title = title;
  span.textContent = link.original;
  return span;
}

/**
 * Replaces a text node by its text with each found span wrapped in an inserted element. The text
 * itself is unchanged, character for character. Returns every node put in its place.
 */
export function linkifyTextNode(
  node: Text,
  links: readonly FoundLink[],
  describe: Describe,
  marker = true,
): Node[] {
  const doc = node.ownerDocument;
  const text = node.data;
  const inserted: Node[] = [];
  let position = 0;
  for (const link of links) {
    if (link.start > position) inserted.push(doc.createTextNode(text.slice(position, link.start)));
    inserted.push(element(doc, link, describe, marker));
    position = link.end;
  }
  if (position < text.length) inserted.push(doc.createTextNode(text.slice(position)));
  node.replaceWith(...inserted);
  return inserted;
}

/**
 * Puts inserted elements back to plain text (a feature or the site was switched off), joined with
 * the text right beside them so that a share text reads as one text node again.
 */
export function unlinkify(inserted: Iterable<Element>): void {
  for (const el of inserted) {
    if (!el.parentNode) continue;
    const previous = el.previousSibling;
    const next = el.nextSibling;
    let text = el.textContent ?? '';
    if (next?.nodeType === Node.TEXT_NODE) {
      text += (next as Text).data;
      next.remove();
    }
    if (previous?.nodeType === Node.TEXT_NODE) {
      (previous as Text).data += text;
      el.remove();
    } else {
      el.replaceWith(el.ownerDocument.createTextNode(text));
    }
  }
}
