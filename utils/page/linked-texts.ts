import { restoreText, unwrap, type Linkified } from './linkify';
import { isIntact, unmark, type Made } from './made';
import { nodeMap } from './node-map';

/**
 * How the page changed a text node Unwall linked: it wrote a new text into it, cut it short (split,
 * delete), moved it, replaced it with other nodes (emoji and translation scripts), or removed it.
 */
export type TextChange = 'wrote' | 'cut' | 'moved' | 'replaced' | 'removed';

/** How often a page may put a linked text's whole text back before Unwall leaves that text alone. */
const MAX_TEXT_FIGHTS = 3;

/** Whether a piece of a linked text is still as Unwall made it, in its place. */
function isAsMade(records: Map<Element, Made>, linked: Linkified, piece: Node, i: number): boolean {
  if (piece.parentNode !== linked.parent || piece.textContent !== linked.shown[i]) return false;
  const made = piece instanceof Element ? records.get(piece) : undefined;
  return !made || isIntact(piece as Element, made);
}

/** Whether a linked text can be given back whole: its node and every piece still as Unwall left them. */
function isWhole(records: Map<Element, Made>, linked: Linkified): boolean {
  return (
    linked.node.parentNode === linked.parent &&
    linked.node.data === linked.kept &&
    linked.pieces.every((p, i) => isAsMade(records, linked, p, i))
  );
}

/** Turns the inserted elements of a text that are still Unwall's back into plain text; the text shown stays. */
function unwrapAll(records: Map<Element, Made>, linked: Linkified): void {
  for (const [el, made] of linked.made) {
    records.delete(el);
    if (isIntact(el, made)) unwrap(el);
    else unmark(el, made);
  }
}

/**
 * The page's text nodes Unwall linked, with the pieces it put after each, beside `records` (the
 * ledger's record of the elements it inserted among those pieces).
 */
export function createLinkedTexts(records: Map<Element, Made>) {
  const texts = nodeMap<Text, Linkified>();
  /** The linked text each inserted element belongs to. */
  const owners = new WeakMap<Element, Linkified>();
  /** Per page text node, how often the page put its whole text back after Unwall linked it. */
  const fights = new WeakMap<Text, number>();

  return {
    keep(linked: Linkified): void {
      texts.keep(linked.node, linked);
      for (const [el] of linked.made) owners.set(el, linked);
    },
    /**
     * Turns one inserted element (intact, its record already dropped) back into the plain text it
     * holds; the text node takes its place among the pieces, so the rest of the text is undone as
     * before. Returns that text node and the page's own text node, or null when it is no piece.
     */
    unwrapOne(el: Element): { piece: Node; node: Text } | null {
      const linked = owners.get(el);
      const at = linked ? linked.pieces.indexOf(el) : -1;
      const piece = el.firstChild;
      if (!linked || at < 0 || !piece || el.childNodes.length !== 1) return null;
      unwrap(el);
      owners.delete(el);
      linked.pieces[at] = piece;
      linked.made = linked.made.filter(([made]) => made !== el);
      return { piece, node: linked.node };
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
          if (isAsMade(records, linked, piece, i)) piece.parentNode?.removeChild(piece);
        });
        for (const [el, made] of linked.made) if (records.delete(el) && !isIntact(el, made)) unmark(el, made);
      } else unwrapAll(records, linked);
      return true;
    },
    /** Gives back every linked text: whole where it can, else with Unwall's elements turned into plain text. */
    undo(): void {
      for (const linked of texts.values()) {
        if (isWhole(records, linked)) {
          restoreText(linked);
          linked.made.forEach(([el]) => records.delete(el));
        } else unwrapAll(records, linked);
      }
      texts.clear();
    },
  };
}
