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

/** The element standing for one link (empty: the link's own text node is moved into it), and its address or token. */
function element(doc: Document, link: FoundLink, describe: Describe, marker: boolean): [HTMLElement, string] {
  const title = describe(link);
  if (link.url && isHttpHref(link.url)) {
    const a = fresh(doc, 'a', marker);
    a.setAttribute('href', link.url);
    a.setAttribute(UNWALL_ATTR, link.kind);
    a.setAttribute(HREF_ATTR, link.url);
    a.title = title;
    return [a, link.url];
  }
  // A token opens nothing in a browser: a control that copies it, and says so.
  const span = fresh(doc, 'span', marker);
  const token = link.token ?? link.original;
  span.setAttribute(UNWALL_ATTR, 'token');
  span.setAttribute(TOKEN_ATTR, token);
  span.title = title;
  return [span, token];
}

export interface Linkified {
  /** Every node now in the text node's place, in order (the text node itself keeps the text before the first link). */
  pieces: Node[];
  /** Each inserted element with the direct address or token it stands for. */
  made: [HTMLElement, string][];
}

/**
 * Replaces a text node by its text with each found span wrapped in an inserted element. The text
 * itself is unchanged, character for character. The page's own node is taken out whole (a framework
 * that later writes to it must not see its text cut up), a copy stands in its place and is split at
 * the spans' ends (the last first, so that earlier offsets stay put), and each span's piece is moved
 * into its element. `links` must be in order, non-overlapping, and spans of the node's text.
 */
export function linkifyTextNode(
  node: Text,
  links: readonly FoundLink[],
  describe: Describe,
  marker = true,
): Linkified {
  const doc = node.ownerDocument;
  const parent = node.parentNode!;
  const copy = node.cloneNode() as Text;
  parent.replaceChild(copy, node);
  const pieces: Node[] = [];
  const made: [HTMLElement, string][] = [];
  for (let i = links.length - 1; i >= 0; i--) {
    const link = links[i]!;
    // `splitText` leaves the text before the offset in `copy` and returns the rest as a new node.
    if (link.end < copy.length) pieces.push(copy.splitText(link.end));
    const inner = link.start > 0 ? copy.splitText(link.start) : copy;
    const [el, value] = element(doc, link, describe, marker);
    parent.insertBefore(el, inner);
    el.appendChild(inner);
    pieces.push(el);
    made.push([el, value]);
  }
  if (links[0] && links[0].start > 0) pieces.push(copy);
  pieces.reverse();
  made.reverse();
  return { pieces, made };
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
