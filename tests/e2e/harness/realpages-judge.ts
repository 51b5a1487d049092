import type { RealPage } from './realpages';

/** One anchor of the page's own: its href now, and the href Unwall recorded as its original. */
export interface AnchorState {
  href: string | null;
  original: string | null;
}

export interface Figures {
  /** Expected wrapper anchors, each counted as often as it stands in the page. */
  expected: number;
  done: number;
  /** Expected rewrites not done (the anchor kept its href), and expected anchors the page lacks. */
  missed: string[];
  /** Anchors that changed where nothing was expected, or to something other than their target. */
  wrong: string[];
  appLinks: number;
  appLinksDone: number;
}

const web = /^https?:\/\//i;

/** The address as the browser reads it, so that spelling differences of one address compare equal. */
function normal(href: string): string {
  try {
    return new URL(href).href;
  } catch {
    return href;
  }
}

/**
 * Whether `href` is the wrapper's target. The engine upgrades a platform's own hosts from http to
 * https (`canonicalize` in utils/links/resolve.ts), so the https form of an http target counts too.
 */
export function isTarget(href: string | null, target: string): boolean {
  if (href === null) return false;
  const upgraded = target.replace(/^http:/i, 'https:');
  return [target, upgraded].map(normal).includes(normal(href));
}

/** What one expected wrapper anchor became: done, left alone (missed) or changed wrongly. */
function judgeWrapper(figures: Figures, before: string, now: string | null, target: string): void {
  if (isTarget(now, target)) figures.done++;
  else if (now === before) figures.missed.push(`${before} (kept; expected ${target})`);
  else figures.wrong.push(`${before} became ${now} (expected ${target})`);
}

/**
 * Compares the anchors of one page loaded without Unwall (`before`, in document order) and with it
 * (`after`, Unwall's own inserted anchors left out), against the page's `expected` in the manifest.
 */
export function judgeAnchors(page: RealPage, before: AnchorState[], after: AnchorState[]): Figures {
  const { wrappers, appLinks, wrapperCount, appLinkCount } = page.expected;
  const targets = new Map(wrappers.map((w) => [w.href, w.target]));
  const apps = new Set(appLinks.map((a) => a.href));
  const figures: Figures = {
    expected: wrapperCount,
    done: 0,
    missed: [],
    wrong: [],
    appLinks: appLinkCount,
    appLinksDone: 0,
  };
  if (after.length !== before.length) figures.wrong.push(`${before.length} anchors became ${after.length}`);
  const seen = new Map<string | null, number>();
  before.forEach(({ href }, i) => {
    const now = after[i]?.href ?? null;
    const target = targets.get(href ?? '');
    seen.set(href, (seen.get(href) ?? 0) + 1);
    if (after[i]?.original !== href)
      figures.wrong.push(`anchor ${i} is ${href} without Unwall, ${now} with it`);
    else if (target !== undefined) judgeWrapper(figures, href!, now, target);
    else if (apps.has(href ?? '')) {
      if (now !== null && web.test(now)) figures.appLinksDone++;
      else figures.missed.push(`${href} (app link kept as ${now})`);
    } else if (now !== href) {
      // Every other anchor, the manifest's `mustStay` among them, keeps its href.
      figures.wrong.push(`${href} became ${now}`);
    }
  });
  for (const { href, count } of [...wrappers, ...appLinks]) {
    const found = seen.get(href) ?? 0;
    if (found !== count) figures.missed.push(`${href}: ${count} expected in the page, ${found} found there`);
  }
  return figures;
}

/** Where two texts first differ, with some context; null when they are the same. */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, i - 40), i + 40));
  return `at ${i}: ${around(a)} became ${around(b)}`;
}
