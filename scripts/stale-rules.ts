import type { Platform } from '../utils/platforms/schema';

/** A rule, or a share-text format, last confirmed against its source more than 12 months ago. */
export interface StaleRule {
  platform: string;
  /** The key the rule sits under: `wrappers`, `schemes`, `shareText`, … */
  kind: string;
  /** Its hosts (and path), scheme names, token name or text-id pattern. */
  what: string;
  verified: string;
  source: string;
}

interface Dated {
  kind: string;
  what: string;
  verified: string;
  source: string;
}

const where = (hosts: readonly string[], path?: string) => hosts.join(' ') + (path ? ` ${path}` : '');
const dated = (kind: string, what: string, rule: { source: string; verified: string }): Dated => ({
  kind,
  what,
  source: rule.source,
  verified: rule.verified,
});

/** Every dated entry of one platform: its rules, its scheme routes that carry their own date, its share-text format. */
function datedEntries(p: Platform): Dated[] {
  const entries: Dated[] = [
    ...(p.wrappers ?? []).map((r) => dated('wrappers', where(r.hosts, r.path), r)),
    ...(p.canonical ?? []).map((r) => dated('canonical', where(r.hosts, r.path), r)),
    ...(p.appLinks ?? []).map((r) => dated('appLinks', where(r.hosts, r.path), r)),
    ...(p.tokens ?? []).map((r) => dated('tokens', r.name.en, r)),
    ...(p.textIds ?? []).map((r) => dated('textIds', r.match, r)),
    ...(p.pageInterstitials ?? []).map((r) => dated('pageInterstitials', where(r.hosts, r.path), r)),
    ...(p.pageTargets ?? []).map((r) => dated('pageTargets', where(r.hosts, r.path), r)),
    ...(p.clickTraps ? [dated('clickTraps', where(p.clickTraps.hosts), p.clickTraps)] : []),
  ];
  for (const scheme of p.schemes ?? []) {
    const names = scheme.names.join(' ');
    entries.push(dated('schemes', names, scheme));
    for (const route of scheme.routes) {
      if (route.verified === undefined) continue;
      const source = route.source ?? scheme.source;
      entries.push(
        dated('schemes', `${names} ${route.path ?? ''}`.trim(), { source, verified: route.verified }),
      );
    }
  }
  if (p.shareText) {
    entries.push(
      dated('shareText', [...(p.markers ?? []), ...(p.shortDomains ?? [])].join(' '), p.shareText),
    );
  }
  return entries;
}

/**
 * The entries whose `verified` day is more than 12 months before `today` (both `YYYY-MM-DD`), oldest
 * first: the rules due for another look at their sources. Dates in that form compare as text, so the
 * same day a year earlier (even a 29 February) is the cut.
 * @example staleRules(platforms, '2026-12-01') // rules verified before 2025-12-01
 */
export function staleRules(platforms: readonly Platform[], today: string): StaleRule[] {
  const cut = `${Number(today.slice(0, 4)) - 1}${today.slice(4, 10)}`;
  return platforms
    .flatMap((p) => datedEntries(p).map((entry) => ({ platform: p.id, ...entry })))
    .filter((rule) => rule.verified < cut)
    .sort((a, b) => a.verified.localeCompare(b.verified) || a.platform.localeCompare(b.platform));
}

/**
 * One line per stale entry, then the count.
 * @example formatStale([], '2026-12-01') // ['0 rules last confirmed more than 12 months before 2026-12-01']
 */
export function formatStale(stale: readonly StaleRule[], today: string): string[] {
  const lines = stale.map((r) => `${r.verified}  ${r.platform}  ${r.kind}  ${r.what}  ${r.source}`);
  const noun = stale.length === 1 ? 'rule' : 'rules';
  return [...lines, `${stale.length} ${noun} last confirmed more than 12 months before ${today}`];
}
