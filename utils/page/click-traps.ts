import type { ClickTrap } from '@/utils/protocol';
import { isUnderDomain, partsOfHref } from '@/utils/url';
import type { Ledger } from './ledger';
import { nodeMap } from './node-map';
import { isEditable } from './skip';

export interface ClickTrapOptions {
  doc: Document;
  ledger: Ledger;
  signal: AbortSignal;
}

/** Rounds after which a page that keeps putting an anchor's tracking attributes back keeps them (no endless tug). */
const MAX_STRIPS = 5;

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

/** Takes attributes off elements, keeping them to put back, for a few rounds per element. */
function createStripper() {
  let removed = nodeMap<Element, Map<string, string>>();
  let rounds = new WeakMap<Element, number>();
  return {
    strip(el: Element, names: readonly string[]): void {
      const present = names.filter((name) => el.hasAttribute(name));
      const round = rounds.get(el) ?? 0;
      if (!present.length || round >= MAX_STRIPS) return;
      rounds.set(el, round + 1);
      const kept = removed.get(el) ?? new Map<string, string>();
      for (const name of present) {
        if (!kept.has(name)) kept.set(name, el.getAttribute(name)!);
        el.removeAttribute(name);
      }
      removed.keep(el, kept);
    },
    /** Puts back what it took, where the page has not set it again meanwhile, and forgets it all. */
    restore(): void {
      for (const [el, kept] of removed) {
        for (const [name, value] of kept) if (!el.hasAttribute(name)) el.setAttribute(name, value);
      }
      removed = nodeMap();
      rounds = new WeakMap();
    },
  };
}

/**
 * The links of a page that traps clicks (its host is in a platform's `clickTraps`): every anchor
 * Unwall fixed, and every anchor whose href is already a direct http(s) address on another site
 * than the page's own (links to the page's own hosts are its wrappers, the scanner's job). Takes the
 * page's tracking attributes off them when it sees them, and again when the page puts them back (a
 * few rounds); the click guard asks `around` which anchor a click is on, and keeps it to its href.
 */
export function createClickTraps({ doc, ledger, signal }: ClickTrapOptions) {
  let trap: ClickTrap | null = null;
  const stripper = createStripper();
  /** Whether Unwall keeps this element's clicks on the trapped page: as it fixed it, or leading elsewhere. */
  const handles = (el: Element): el is HTMLAnchorElement => {
    if (!trap || !isHtmlAnchor(el) || isEditable(el)) return false;
    return ledger.intact(el)?.kind === 'anchor' || leadsElsewhere(el, trap.own);
  };
  const stripIfHandled = (el: Element) => {
    if (trap && handles(el)) stripper.strip(el, trap.attributes);
  };
  /** Every anchor in `root` (and `root` itself) that carries one of the trap's attributes. */
  const sweep = (root: Element, selector: string) => {
    if (root.matches(selector)) stripIfHandled(root);
    root.querySelectorAll(selector).forEach(stripIfHandled);
  };
  const observer = new MutationObserver((records) => {
    if (signal.aborted || !trap?.attributes.length) return observer.disconnect();
    const selector = selectorOf(trap.attributes);
    for (const record of records) {
      if (record.type === 'attributes') stripIfHandled(record.target as Element);
      else record.addedNodes.forEach((node) => node.nodeType === 1 && sweep(node as Element, selector));
    }
  });
  signal.addEventListener('abort', () => observer.disconnect());

  return {
    /** Follows the page with this trap (null: the page traps nothing, and nothing is done). */
    start(next: ClickTrap | null): void {
      trap = next;
      const root = doc.documentElement;
      if (!trap?.attributes.length || !root || signal.aborted) return;
      sweep(root, selectorOf(trap.attributes));
      const attributeFilter = ['href', ...trap.attributes];
      observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter });
    },
    /** Stops, and gives back what it took off where the page has not set it again meanwhile. */
    stop(): void {
      trap = null;
      observer.disconnect();
      stripper.restore();
    },
    /** The anchor a click on `target` is on, when Unwall keeps that click to the anchor's href; else null. */
    around(target: EventTarget | null): HTMLAnchorElement | null {
      const a = trap && target instanceof Element ? target.closest('a') : null;
      if (!a || !handles(a)) return null;
      stripper.strip(a, trap!.attributes);
      return a;
    },
  };
}

export type ClickTraps = ReturnType<typeof createClickTraps>;
