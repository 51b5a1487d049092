/** How often the page may put back an href Unwall replaced on an anchor before Unwall leaves it alone. */
const MAX_REWRITES = 3;
/** How many of the hrefs it replaced on one anchor Unwall remembers (a page fighting with two in turn is seen). */
const KEPT_HREFS = 8;

/**
 * Per anchor the hrefs Unwall replaced on it (the last few) and how often the page put one of them
 * back: a page fighting Unwall (one wrapper, or two in turn) is left alone after a few rounds, while
 * an element a feed reuses for ever new posts is rewritten each time.
 */
export function createReplacedHrefs() {
  let seen = new WeakMap<Element, { hrefs: string[]; count: number }>();
  return {
    /** Unwall replaced `href` on this anchor; a count of rounds when it had replaced it before. */
    note(a: Element, href: string): void {
      const before = seen.get(a) ?? { hrefs: [], count: 0 };
      const again = before.hrefs.includes(href);
      seen.set(a, {
        hrefs: again ? before.hrefs : [...before.hrefs.slice(-(KEPT_HREFS - 1)), href],
        count: before.count + (again ? 1 : 0),
      });
    },
    /** Whether the page keeps putting this href back on this anchor: it is left alone. */
    isFought(a: Element, href: string): boolean {
      const before = seen.get(a);
      return !!before && before.count >= MAX_REWRITES && before.hrefs.includes(href);
    },
    clear(): void {
      seen = new WeakMap();
    },
  };
}
