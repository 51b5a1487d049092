import { nodeMap } from './node-map';
import { markAnchor, restoreStyle } from './style';

/** Rounds after which a page that keeps putting an anchor's tracking attributes back keeps them (no endless tug). */
const MAX_STRIPS = 5;

/** How a link Unwall keeps looks: its mark's colour and the note its tooltip gets (null: no mark, switched off). */
export interface TrapLook {
  color: string;
  note: string;
}

/** What Unwall changed on one link: the attributes it took off, and the style and title its mark set. */
interface Taken {
  kept: Map<string, string>;
  style?: { before: string | null; after: string | null };
  title?: { before: string | null; after: string };
}

/** Gives the title back, unless the page has set another since (then it is the page's). */
function restoreTitle(el: Element, title?: Taken['title']): void {
  if (!title || el.getAttribute('title') !== title.after) return;
  if (title.before === null) el.removeAttribute('title');
  else el.setAttribute('title', title.before);
}

/** Unwall's mark and tooltip note on a link it keeps to its href, as on every other fix. */
function markTrap(el: HTMLElement, look: TrapLook): Pick<Taken, 'style' | 'title'> {
  const before = el.getAttribute('title');
  const after = before ? `${before}\n${look.note}` : look.note;
  el.setAttribute('title', after);
  return { style: markAnchor(el, look.color), title: { before, after } };
}

/**
 * Takes attributes off elements, keeping them to put back, for a few rounds per element; the first
 * time it changes an element it marks it (the same mark as every fix), and it takes the mark off with
 * the rest. What the user put back is not stripped again until the page is loaded again.
 */
export function createStripper() {
  let taken = nodeMap<Element, Taken>();
  let rounds = new WeakMap<Element, number>();
  let declined = new WeakSet<Element>();
  /** Takes the mark off one element (its style and title only while still as Unwall set them), and forgets it. */
  const unmark = (el: Element, record = taken.get(el)) => {
    if (!record) return;
    restoreStyle(el, record.style);
    restoreTitle(el, record.title);
    taken.delete(el);
  };
  /** Puts back what it took, where the page has not set it again meanwhile, and takes the mark off. */
  const giveBack = (el: Element, record = taken.get(el)) => {
    if (!record) return;
    for (const [name, value] of record.kept) if (!el.hasAttribute(name)) el.setAttribute(name, value);
    unmark(el, record);
  };
  return {
    strip(el: HTMLElement, names: readonly string[], look: TrapLook | null): void {
      const present = names.filter((name) => el.hasAttribute(name));
      const round = rounds.get(el) ?? 0;
      if (!present.length || round >= MAX_STRIPS || declined.has(el)) return;
      rounds.set(el, round + 1);
      const record = taken.get(el) ?? { kept: new Map<string, string>() };
      for (const name of present) {
        if (!record.kept.has(name)) record.kept.set(name, el.getAttribute(name)!);
        el.removeAttribute(name);
      }
      if (look && !record.style) Object.assign(record, markTrap(el, look));
      taken.keep(el, record);
    },
    /** Whether this element carries what Unwall changed on it. */
    has: (el: Element): boolean => taken.has(el),
    /** Whether this element shows Unwall's mark now. */
    marked: (el: Element): boolean => taken.get(el)?.style !== undefined,
    /**
     * Takes the mark off a link Unwall no longer keeps (the page pointed it elsewhere), keeping what it
     * took off, which `restore` still gives back.
     */
    unmark(el: Element): void {
      const record = taken.get(el);
      if (!record?.style) return;
      restoreStyle(el, record.style);
      restoreTitle(el, record.title);
      taken.keep(el, { kept: record.kept });
    },
    /** Puts one link back as the page had it, at the user's request: left alone until the page is loaded again. */
    decline(el: Element): boolean {
      if (!taken.has(el)) return false;
      giveBack(el);
      declined.add(el);
      return true;
    },
    /** Whether the user put this link back. */
    isDeclined: (el: Element): boolean => declined.has(el),
    /** Puts back everything it changed and forgets it all. */
    restore(): void {
      for (const [el, record] of taken) giveBack(el, record);
      taken = nodeMap();
      rounds = new WeakMap();
      declined = new WeakSet();
    },
  };
}
