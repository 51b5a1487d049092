import { restoreAnchor, type AnchorOriginal } from './anchors';
import { restoreText, unwrap, type Linkified } from './linkify';
import { HREF_ATTR, ORIGINAL_ATTR, TOKEN_ATTR, UNWALL_ATTR } from './style';

/**
 * What Unwall made of one element: a link or token control it inserted around a piece of text, or a
 * page anchor it pointed at a direct address.
 */
export type Made =
  | { kind: 'link'; value: string; text: string; note: string }
  | { kind: 'token'; value: string; text: string; note: string }
  | { kind: 'anchor'; value: string; original: AnchorOriginal; title: string };

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
function unmark(el: Element, made: Made): void {
  for (const name of [ORIGINAL_ATTR, HREF_ATTR, UNWALL_ATTR, TOKEN_ATTR]) el.removeAttribute(name);
  if (made.kind !== 'anchor' || el.getAttribute('title') !== made.title) return;
  if (made.original.title) el.setAttribute('title', made.original.title);
  else el.removeAttribute('title');
}

/** Past this many records, those of nodes the page has removed are let go (kept in bounds on long-lived pages). */
const PRUNE_AT = 2000;

/**
 * A map of page nodes that lets go of the nodes the page removed once it has grown: each pass at
 * least doubles the room left, so keeping it costs constant time per entry.
 */
function nodeMap<K extends Node, V>() {
  const map = new Map<K, V>();
  let room = PRUNE_AT;
  return Object.assign(map, {
    keep(key: K, value: V): void {
      map.set(key, value);
      if (map.size < room) return;
      for (const node of map.keys()) if (!node.isConnected) map.delete(node);
      room = Math.max(PRUNE_AT, map.size * 2);
    },
  });
}

/**
 * The one record of the elements Unwall made, and the only thing the click guard and undo trust
 * (never `data-unwall-*` attributes found in the page). A record is used only while its element is
 * intact; otherwise it is dropped.
 */
/**
 * How the page changed a text node Unwall linked: it wrote a new text into it, cut it short (split,
 * delete), moved it, replaced it with other nodes (emoji and translation scripts), or removed it.
 */
export type TextChange = 'wrote' | 'cut' | 'moved' | 'replaced' | 'removed';

/** How often a page may put a linked text's whole text back before Unwall leaves that text alone. */
const MAX_TEXT_FIGHTS = 3;

export function createLedger() {
  const records = nodeMap<Element, Made>();
  /** The page's text nodes Unwall linked, with the pieces it put after each. */
  const texts = nodeMap<Text, Linkified>();
  /** Per page text node, how often the page put its whole text back after Unwall linked it. */
  const fights = new WeakMap<Text, number>();

  /** Whether a piece of a linked text is still as Unwall made it, in its place. */
  const asMade = (linked: Linkified, piece: Node, i: number) => {
    if (piece.parentNode !== linked.parent || piece.textContent !== linked.shown[i]) return false;
    const made = piece instanceof Element ? records.get(piece) : undefined;
    return !made || isIntact(piece as Element, made);
  };
  /** Turns the inserted elements of a text that are still Unwall's back into plain text; the text shown stays. */
  const unwrapAll = (linked: Linkified) => {
    for (const [el, made] of linked.made) {
      records.delete(el);
      if (isIntact(el, made)) unwrap(el);
      else unmark(el, made);
    }
  };

  return {
    add(el: Element, made: Made): void {
      records.keep(el, made);
    },
    has(el: Element): boolean {
      return records.has(el);
    },
    /** The record of an element that still is what Unwall made; an element the page changed is dropped (and unmarked). */
    intact(el: Element): Made | null {
      const made = records.get(el);
      if (!made) return null;
      if (isIntact(el, made)) return made;
      this.drop(el);
      return null;
    },
    /** Forgets an element; its Unwall marks go with the record when the page changed it. */
    drop(el: Element): void {
      const made = records.get(el);
      if (!made) return;
      records.delete(el);
      if (!isIntact(el, made)) unmark(el, made);
    },
    /** A page text node linked: its inserted elements are recorded, and the text for putting back. */
    addText(linked: Linkified): void {
      for (const [el, made] of linked.made) this.add(el, made);
      texts.keep(linked.node, linked);
    },
    /** The pieces Unwall put after a page text node it linked (none when it did not link it). */
    piecesOf(node: Node): readonly Node[] {
      return texts.get(node as Text)?.pieces ?? [];
    },
    /** Whether the page keeps putting this text back whole after Unwall linked it: it is left alone. */
    isFought(node: Text): boolean {
      return (fights.get(node) ?? 0) >= MAX_TEXT_FIGHTS;
    },
    /**
     * The page changed a text node Unwall linked. What the page wrote stays; of Unwall's pieces, those
     * still as Unwall made them go when the page replaced its text or took it out, and are turned back
     * into plain text when unsure (a node cut short, moved or replaced by other nodes keeps every
     * character on the page). True when the node was one of Unwall's.
     */
    pageChangedText(node: Node, change: TextChange): boolean {
      const linked = texts.get(node as Text);
      if (!linked) return false;
      texts.delete(linked.node);
      if (change === 'wrote' && linked.node.data === linked.text)
        fights.set(linked.node, (fights.get(linked.node) ?? 0) + 1);
      if (change === 'wrote' || change === 'removed') {
        linked.pieces.forEach((piece, i) => {
          if (asMade(linked, piece, i)) piece.parentNode?.removeChild(piece);
        });
        for (const [el, made] of linked.made) if (records.delete(el) && !isIntact(el, made)) unmark(el, made);
      } else unwrapAll(linked);
      return true;
    },
    /**
     * Puts back everything Unwall made that is still as it made it (texts whole, anchors with the href
     * and title they had); what the page has changed since stays the page's, only Unwall's marks go.
     * The ledger is empty afterwards.
     */
    undo(): void {
      for (const linked of texts.values()) {
        const whole =
          linked.node.parentNode === linked.parent &&
          linked.node.data === linked.kept &&
          linked.pieces.every((p, i) => asMade(linked, p, i));
        if (whole) {
          restoreText(linked);
          linked.made.forEach(([el]) => records.delete(el));
        } else unwrapAll(linked);
      }
      texts.clear();
      for (const [el, made] of records) {
        if (!isIntact(el, made)) unmark(el, made);
        else if (made.kind === 'anchor') restoreAnchor(el, made);
        else unwrap(el);
      }
      records.clear();
    },
  };
}

export type Ledger = ReturnType<typeof createLedger>;
