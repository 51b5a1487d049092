import type { createLinkedTexts } from './linked-texts';
import { restoreMade, type Made } from './made';
import { PRUNE_AT } from './node-map';

/**
 * Unwall's names for what it made: a new number for each fix, counted up for the life of the page,
 * so an old id (a popup row of a fix the page has since undone) never names a later fix of the same
 * element. Ids of elements gone from the page are let go once the map has grown.
 */
function createIds() {
  let last = 0;
  let room = PRUNE_AT;
  const current = new WeakMap<Element, number>();
  let elements = new Map<number, WeakRef<Element>>();
  return {
    name(el: Element): number {
      current.set(el, ++last);
      elements.set(last, new WeakRef(el));
      if (elements.size >= room) {
        for (const [id, ref] of elements) if (!ref.deref()?.isConnected) elements.delete(id);
        room = Math.max(PRUNE_AT, elements.size * 2);
      }
      return last;
    },
    find(id: number): Element | null {
      const el = elements.get(id)?.deref();
      return el && current.get(el) === id ? el : null;
    },
    /** The id naming this element now, if any. */
    of(el: Element): number | null {
      const id = current.get(el);
      return id !== undefined && elements.get(id)?.deref() === el ? id : null;
    },
    forget(id: number): void {
      elements.delete(id);
    },
    clear(): void {
      elements = new Map();
    },
  };
}

export interface RestorerParts {
  /** The ledger's records of what Unwall made. */
  records: Map<Element, Made>;
  texts: Pick<ReturnType<typeof createLinkedTexts>, 'unwrapOne'>;
  /** The nodes Unwall put into the page. */
  inserted: WeakSet<Node>;
  /** The record of an element while it still is what Unwall made (else null, and dropped). */
  intact: (el: Element) => Made | null;
}

/**
 * Undo for one fix, part of the ledger: it names each fix with an id (the only name the popup may
 * use for an element, never a selector), and puts one back on request. What the user put back is
 * not fixed again until the page is loaded again.
 */
export function createRestorer({ records, texts, inserted, intact }: RestorerParts) {
  const ids = createIds();
  const declined = new WeakSet<Node>();
  const byId = (id: number): [Element, Made] | null => {
    const el = ids.find(id);
    const made = el && intact(el);
    return el && made ? [el, made] : null;
  };
  return {
    name: ids.name,
    clear: ids.clear,
    /** The id of an element's fix, while it still is what Unwall made (the menu finds it by the element). */
    idOf: (el: Element): number | null => (intact(el) ? ids.of(el) : null),
    /** The element of an id with its record, while it still is what Unwall made. */
    byId,
    /**
     * Puts one fix back: an anchor gets the page's href, title and style again, an inserted link or
     * token becomes the plain text it was (a page text with one link put back is left alone in later
     * runs too). False when the id names nothing intact.
     */
    restore(id: number): boolean {
      const found = byId(id);
      if (!found) return false;
      const [el, made] = found;
      records.delete(el);
      ids.forget(id);
      if (made.kind === 'anchor') {
        restoreMade(el, made);
        declined.add(el);
        return true;
      }
      const unwrapped = texts.unwrapOne(el);
      if (!unwrapped) return false;
      inserted.add(unwrapped.piece);
      declined.add(unwrapped.node);
      return true;
    },
    /** Whether the user put this anchor or page text back: Unwall leaves it alone until the page is loaded again. */
    isDeclined: (node: Node): boolean => declined.has(node),
  };
}
