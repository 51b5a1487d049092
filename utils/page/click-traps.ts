import type { ClickTrap } from '@/utils/protocol';
import { isUnderDomain, partsOfHref } from '@/utils/url';
import type { Ledger } from './ledger';
import { markColorFor, type Backgrounds } from './mark-color';
import { isEditable } from './skip';
import { createStripper, type TrapLook } from './trap-stripper';

export interface ClickTrapOptions {
  doc: Document;
  ledger: Ledger;
  signal: AbortSignal;
  /** The colour of Unwall's mark on an element (the page's computed colours by default, see `markColorFor`). */
  color?: (el: Element) => string;
  /** The tooltip note of a link Unwall keeps to its href. */
  note?: string;
}

const XHTML = 'http://www.w3.org/1999/xhtml';

function isHtmlAnchor(el: Element): el is HTMLAnchorElement {
  return el.localName === 'a' && el.namespaceURI === XHTML && el.hasAttribute('href');
}

function leadsElsewhere(a: HTMLAnchorElement, own: readonly string[]): boolean {
  const { protocol, hostname } = partsOfHref(a.href);
  if (protocol !== 'https:' && protocol !== 'http:') return false;
  return hostname !== '' && !own.some((domain) => isUnderDomain(hostname, domain));
}

/** `a[ping],a[onmousedown]`: the names are checked by the platform schema (letters, digits, dashes). */
function selectorOf(attributes: readonly string[]): string {
  return attributes.map((name) => `a[${name}]`).join(',');
}

/** Every anchor in `root` (and `root` itself) that carries one of the trap's attributes. */
function within(root: Element, selector: string): Element[] {
  return [...(root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)];
}

/** Hands over, per batch of changes, the anchors whose href or tracking attributes changed and those added carrying one. */
function observeAnchors(
  signal: AbortSignal,
  attributes: () => readonly string[] | undefined,
  seen: (els: Set<Element>) => void,
): MutationObserver {
  const observer = new MutationObserver((records) => {
    const names = attributes();
    if (signal.aborted || !names?.length) return observer.disconnect();
    const selector = selectorOf(names);
    const els = new Set<Element>();
    for (const record of records) {
      if (record.type === 'attributes') els.add(record.target as Element);
      else
        record.addedNodes.forEach(
          (node) => node.nodeType === 1 && within(node as Element, selector).forEach((el) => els.add(el)),
        );
    }
    seen(els);
  });
  signal.addEventListener('abort', () => observer.disconnect());
  return observer;
}

/**
 * The links of a page that traps clicks (its host is in a platform's `clickTraps`): every anchor
 * Unwall fixed, and every anchor whose href is already a direct http(s) address on another site
 * than the page's own (links to the page's own hosts are its wrappers, the scanner's job). Takes the
 * page's tracking attributes off them when it sees them, and again when the page puts them back (a
 * few rounds), and marks a link it changed so like every fix (its own mark, unless Unwall rewrote it
 * and marked it already); the click guard asks `around` which anchor a click is on, and keeps it to
 * its href. A link the page gives another href it no longer keeps loses the mark.
 */
export function createClickTraps({ doc, ledger, signal, color, note = '' }: ClickTrapOptions) {
  let trap: ClickTrap | null = null;
  let marker = false;
  const stripper = createStripper();
  const colorOf = (el: Element, known: Backgrounds) => (color ? color(el) : markColorFor(el, known));
  /** Whether Unwall keeps this element's clicks on the trapped page: as it fixed it, or leading elsewhere. */
  const handles = (el: Element): el is HTMLAnchorElement => {
    if (!trap || !isHtmlAnchor(el) || isEditable(el)) return false;
    if (ledger.intact(el)?.kind === 'anchor') return true;
    // What the user put back (here or as a rewritten link) is the page's until it is loaded again.
    return !stripper.isDeclined(el) && !ledger.isDeclined(el) && leadsElsewhere(el, trap.own);
  };
  const carries = (el: Element) => trap!.attributes.some((name) => el.hasAttribute(name));
  /** Its own mark on a link Unwall did not rewrite (a rewritten one carries the rewrite's mark). */
  const lookOf = (el: Element, known: Backgrounds): TrapLook | null =>
    marker && !stripper.marked(el) && !ledger.has(el) ? { color: colorOf(el, known), note } : null;
  /**
   * Strips the links Unwall keeps, all colours read before the first change (reads between writes
   * would make the browser restyle the page once per link); unmarks those it no longer keeps, and
   * gives a link the user put back its attributes too.
   */
  const stripAll = (els: Iterable<Element>) => {
    if (!trap) return;
    const todo: HTMLAnchorElement[] = [];
    for (const el of els) {
      if (handles(el)) {
        if (carries(el)) todo.push(el);
      } else if (ledger.isDeclined(el)) stripper.decline(el);
      else stripper.unmark(el);
    }
    const known: Backgrounds = new Map();
    const looks = todo.map((el) => lookOf(el, known));
    todo.forEach((el, i) => stripper.strip(el, trap!.attributes, looks[i]!));
  };
  const observer = observeAnchors(signal, () => trap?.attributes, stripAll);

  return {
    /** Follows the page with this trap (null: the page traps nothing, and nothing is done), marking what it changes when `marks`. */
    start(next: ClickTrap | null, marks = false): void {
      trap = next;
      marker = marks;
      const root = doc.documentElement;
      if (!trap?.attributes.length || !root || signal.aborted) return;
      stripAll(within(root, selectorOf(trap.attributes)));
      const attributeFilter = ['href', ...trap.attributes];
      observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter });
    },
    /** Stops, and gives back what it took off where the page has not set it again meanwhile, and its marks. */
    stop(): void {
      trap = null;
      observer.disconnect();
      stripper.restore();
    },
    /** The anchor a click on `target` is on, when Unwall keeps that click to the anchor's href; else null. */
    around(target: EventTarget | null): HTMLAnchorElement | null {
      const a = trap && target instanceof Element ? target.closest('a') : null;
      if (!a || !handles(a)) return null;
      stripAll([a]);
      return a;
    },
    /** Whether this link carries Unwall's changes (and mark) as a link it keeps on this page. */
    isMarked: (el: Element): boolean => stripper.has(el) && handles(el),
    /**
     * Puts one link it changed back as the page had it (its attributes, style and title), at the
     * user's request: its clicks are the page's again until the page is loaded again. False when it
     * changed nothing there, or the page has changed the link since.
     */
    restore(el: Element): boolean {
      return stripper.has(el) && handles(el) && stripper.decline(el);
    },
  };
}

export type ClickTraps = ReturnType<typeof createClickTraps>;
