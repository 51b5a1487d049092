import type { PageLink } from '@/utils/protocol';
import { isHttpHref } from '@/utils/url';
import type { Made } from './ledger';
import { DARK_TEAL } from './mark-color';
import { HREF_ATTR, styleInserted, TOKEN_ATTR, UNWALL_ATTR } from './style';

/** What a link was, in the reader's language: `Taobao share text → direct link`. */
export type Describe = (link: PageLink) => string;

export interface LinkifyOptions {
  /** The tooltip of an inserted link or token. */
  describe: Describe;
  /** What a token control says once it copied its token (`Copied: paste it in the app`). */
  copied?: Describe;
  /** Unwall's dotted (link) or dashed (token) underline on what it unblocked. */
  marker?: boolean;
  /** The colour of the mark under a text's parent (see `markColorFor`); Unwall's dark teal by default. */
  color?: (parent: Element) => string;
}

/**
 * Styled, empty elements per document, cloned for each inserted link or token: a clone carries the
 * parsed style and the fixed attributes, cheaper than setting them again thousands of times.
 */
const prototypes = new WeakMap<Document, Map<string, HTMLElement>>();

function fresh(doc: Document, tag: 'a' | 'span', look: 'marked' | 'plain', color: string): HTMLElement {
  let perDoc = prototypes.get(doc);
  if (!perDoc) prototypes.set(doc, (perDoc = new Map()));
  const key = `${tag}${look}${color}`;
  let proto = perDoc.get(key);
  if (!proto) {
    proto = doc.createElement(tag);
    if (tag === 'a') {
      proto.setAttribute('target', '_blank');
      proto.setAttribute('rel', 'noopener noreferrer');
      // A drag across a linked share text selects its text, as it did before Unwall linked it.
      proto.setAttribute('draggable', 'false');
    } else {
      proto.setAttribute('role', 'button');
      proto.setAttribute('tabindex', '0');
    }
    styleInserted(proto, look, color);
    perDoc.set(key, proto);
  }
  return proto.cloneNode(false) as HTMLElement;
}

/**
 * The element standing for one link (empty: the link's own text node is moved into it) and its record.
 * Every link Unwall makes carries its mark, a plain address made clickable too (it is not counted as
 * unblocked, but it is Unwall's change all the same).
 */
function element(doc: Document, link: PageLink, options: LinkifyOptions, color: string): [HTMLElement, Made] {
  const title = options.describe(link);
  const marker = options.marker ?? true;
  if (link.url && isHttpHref(link.url)) {
    const a = fresh(doc, 'a', marker ? 'marked' : 'plain', color);
    a.setAttribute('href', link.url);
    a.setAttribute(UNWALL_ATTR, link.kind);
    a.setAttribute(HREF_ATTR, link.url);
    a.title = title;
    return [a, { kind: 'link', value: link.url, text: link.original, note: '' }];
  }
  // A token opens nothing in a browser: a control that copies it, and says so.
  const span = fresh(doc, 'span', marker ? 'marked' : 'plain', color);
  const token = link.token ?? link.original;
  span.setAttribute(UNWALL_ATTR, 'token');
  span.setAttribute(TOKEN_ATTR, token);
  span.title = title;
  return [span, { kind: 'token', value: token, text: link.original, note: options.copied?.(link) ?? '' }];
}

export interface Linkified {
  /** The page's own text node: it stays where it was, holding the text before the first link. */
  node: Text;
  /** The text it had. */
  text: string;
  /** What it holds once linked (the text before the first link). */
  kept: string;
  /** Where the node and Unwall's pieces stand. */
  parent: ParentNode;
  /** Every node Unwall put after it, in order. */
  pieces: Node[];
  /** The text of each piece as Unwall made it. */
  shown: string[];
  /** Each inserted element with its record. */
  made: [HTMLElement, Made][];
}

/**
 * Wraps each found span of a text node in an inserted element. The text itself is unchanged,
 * character for character. The page's own node stays in its place (frameworks hold it, and insert
 * before it, remove it and write to it) and keeps the text before the first link (empty when a link
 * starts the text); the rest moves to new nodes after it, split at the spans' ends (the last first,
 * so that earlier offsets stay put). When the page later writes to its node, the scanner takes the
 * pieces away again and looks at the new text (see `restoreText`). `links` must be in order,
 * non-overlapping, and spans of the node's text.
 */
export function linkifyTextNode(node: Text, links: readonly PageLink[], options: LinkifyOptions): Linkified {
  const doc = node.ownerDocument;
  const parent = node.parentNode!;
  const text = node.data;
  const first = links[0]?.start ?? text.length;
  // `splitText` leaves the text before the offset in the node and returns the rest as a new node after it.
  const rest = node.splitText(first);
  const pieces: Node[] = [];
  const made: [HTMLElement, Made][] = [];
  const host = node.parentElement;
  const color = (options.marker ?? true) && options.color && host ? options.color(host) : DARK_TEAL;
  for (let i = links.length - 1; i >= 0; i--) {
    const link = links[i]!;
    const end = link.end - first;
    if (end < rest.length) pieces.push(rest.splitText(end));
    const inner = link.start > first ? rest.splitText(link.start - first) : rest;
    const [el, record] = element(doc, link, options, color);
    parent.insertBefore(el, inner);
    el.appendChild(inner);
    pieces.push(el);
    made.push([el, record]);
  }
  if (links[0] && links[0].start > first) pieces.push(rest);
  pieces.reverse();
  made.reverse();
  return { node, text, kept: node.data, parent, pieces, shown: pieces.map((p) => p.textContent ?? ''), made };
}

/** Puts an inserted element's text back in its place, as plain text. */
export function unwrap(el: Element): void {
  el.replaceWith(...el.childNodes);
}

/** Gives the page's node its whole text back, Unwall's pieces gone (all of them still as Unwall made them). */
export function restoreText({ node, text, pieces }: Linkified): void {
  for (const piece of pieces) piece.parentNode?.removeChild(piece);
  node.data = text;
}
