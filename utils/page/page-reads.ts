import { limits, type PageRead } from '@/utils/protocol';
import { domainIn } from '@/utils/url';

/** What a target reader gives for an anchor: the value its page keeps beside it, or null. */
export type TargetReader = (a: HTMLAnchorElement, hostname: string) => string | null;

/** Most anchors and carriers a result box may hold before it is no result box (a whole page). */
const MAX_BOX_ELEMENTS = 2000;

/**
 * The one element inside the anchor's box (its nearest ancestor matching `within`) that carries the
 * attribute, the box included; none when there are several (whose target would it be?) or no box.
 */
function soleCarrier(a: HTMLAnchorElement, attribute: string, within: string): Element | null {
  let box: Element | null;
  try {
    box = a.closest(within);
  } catch {
    return null;
  }
  if (!box) return null;
  const carriers = box.querySelectorAll(`[${attribute}]`);
  const own = box.hasAttribute(attribute) ? 1 : 0;
  if (own + carriers.length !== 1 || box.getElementsByTagName('*').length > MAX_BOX_ELEMENTS) return null;
  return own ? box : carriers[0]!;
}

function readSource(a: HTMLAnchorElement, source: PageRead['from'][number]): string | null {
  if ('text' in source) return a.textContent;
  if (source.within === undefined) return a.getAttribute(source.attribute);
  return soleCarrier(a, source.attribute, source.within)?.getAttribute(source.attribute) ?? null;
}

function firstValue(a: HTMLAnchorElement, read: PageRead): string | null {
  for (const source of read.from) {
    const value = readSource(a, source)?.trim();
    // The engine checks the value; here only what could never be an address is dropped.
    if (value) return value.length <= limits.href ? value : null;
  }
  return null;
}

/**
 * Reads, for anchors on the hosts of this page's page-target rules, the value the page keeps beside
 * them (the background checks it). The rules come from the background; this module names no site.
 */
export function targetReader(reads: readonly PageRead[] = []): TargetReader {
  const compiled = reads.map((read) => ({ read, hosts: new Set(read.hosts), wild: new Set(read.wildcards) }));
  return (a, hostname) => {
    if (!compiled.length) return null;
    const rule = compiled.find((r) => r.hosts.has(hostname) || domainIn(hostname, r.wild) !== null);
    return rule ? firstValue(a, rule.read) : null;
  };
}

/** The attributes these rules read: the page changing one may change an anchor's target. */
export function readAttributes(reads: readonly PageRead[] = []): string[] {
  const names = reads.flatMap((read) => read.from.flatMap((s) => ('attribute' in s ? [s.attribute] : [])));
  return [...new Set(names)];
}

/**
 * The anchors that may have read their target from an attribute of `el`: `el` itself, and the anchors
 * inside it and inside each box (a rule's `within`) around it.
 */
export function anchorsReading(el: Element, reads: readonly PageRead[] = []): HTMLAnchorElement[] {
  const regions = new Set<Element>([el]);
  for (const source of reads.flatMap((read) => read.from)) {
    if (!('within' in source) || source.within === undefined) continue;
    try {
      const box = el.closest(source.within);
      if (box) regions.add(box);
    } catch {
      // A selector the browser refuses names no box.
    }
  }
  const anchors = new Set([...regions].flatMap((r) => [r, ...r.querySelectorAll('a')]));
  return [...anchors].filter((a): a is HTMLAnchorElement => a instanceof HTMLAnchorElement);
}
