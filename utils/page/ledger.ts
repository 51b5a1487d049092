import { createLinkedTexts } from './linked-texts';
import type { Linkified } from './linkify';
import { isIntact, restoreMade, unmark, type Made } from './made';
import { nodeMap } from './node-map';
import { createRestorer } from './restore-one';
import { createReplacedHrefs } from './replaced-hrefs';

export { isIntact, type Made } from './made';
export type { TextChange } from './linked-texts';

/**
 * The one record of what Unwall made, and the only thing the click guard and undo trust (never
 * `data-unwall-*` attributes found in the page): the elements it inserted or rewrote, the page texts
 * it linked, every node it put into the page, and the hrefs it replaced on each anchor. A record of
 * an element is used only while the element is intact; otherwise it is dropped.
 */
export function createLedger() {
  const records = nodeMap<Element, Made>();
  const texts = createLinkedTexts(records);
  const hrefs = createReplacedHrefs();
  /** Every node Unwall put into the page (links, tokens, the text pieces between): not new page content. */
  const inserted = new WeakSet<Node>();

  /** Forgets an element; its Unwall marks go with the record when the page changed it. */
  const drop = (el: Element) => {
    const made = records.get(el);
    if (!made) return;
    records.delete(el);
    if (!isIntact(el, made)) unmark(el, made);
  };

  const intact = (el: Element): Made | null => {
    const made = records.get(el);
    return !made || isIntact(el, made) ? (made ?? null) : (drop(el), null);
  };
  const one = createRestorer({ records, texts, inserted, intact });

  return {
    add(el: Element, made: Made): number {
      records.keep(el, made);
      return one.name(el);
    },
    has: (el: Element): boolean => records.has(el),
    /** The record of an element that still is what Unwall made; an element the page changed is dropped (and unmarked). */
    intact,
    drop,
    /** Puts an anchor Unwall rewrote back as the page had it, and forgets it: what it was read from changed. */
    giveBack(el: Element): void {
      const made = records.get(el);
      if (made?.kind !== 'anchor') return;
      records.delete(el);
      restoreMade(el, made);
    },
    /** A page text node linked: its inserted elements are recorded, its pieces known as Unwall's, and the text kept for putting back. */
    addText(linked: Linkified): number[] {
      for (const [el, made] of linked.made) records.keep(el, made);
      texts.keep(linked);
      for (const piece of linked.pieces) inserted.add(piece);
      return linked.made.map(([el]) => one.name(el));
    },
    /** An anchor Unwall pointed at a direct address, and the href it replaced there; returns its id. */
    addAnchor(a: Element, made: Made, replaced: string): number {
      hrefs.note(a, replaced);
      records.keep(a, made);
      return one.name(a);
    },
    byId: one.byId,
    idOf: one.idOf,
    restore: one.restore,
    isDeclined: one.isDeclined,
    /** Whether Unwall put this node into the page (and the page has not written to it since). */
    isInserted: (node: Node): boolean => inserted.has(node),
    /** The page changed a node Unwall put in: it is the page's again, read like any other. */
    release: (node: Node): boolean => inserted.delete(node),
    /** Whether the page keeps putting this href back on this anchor after Unwall replaced it. */
    isFoughtHref: hrefs.isFought,
    piecesOf: texts.piecesOf,
    isFought: texts.isFought,
    pageChangedText: texts.pageChangedText,
    /**
     * Puts back everything Unwall made that is still as it made it (texts whole, anchors with the href
     * and title they had); what the page has changed since stays the page's, only Unwall's marks go.
     * The ledger is empty afterwards, and forgets the hrefs it replaced.
     */
    undo(): void {
      texts.undo();
      for (const [el, made] of records) restoreMade(el, made);
      records.clear();
      hrefs.clear();
      one.clear();
    },
  };
}

export type Ledger = ReturnType<typeof createLedger>;
