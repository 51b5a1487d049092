// Relative, not `@/`: the build config loads the engine before the alias exists.
import { weakWrappers } from '../platforms/define-platform';
import { domainIn, escapeRegExp, isHttpScheme } from '../url';
import type { RuleSet } from './rules';

/**
 * What a page needs to pick its candidates without the engine: a prefilter for text and the hosts and
 * schemes whose anchors may need a direct address. Plain data, so the background can hand it to the
 * content script, which then carries no rules of its own.
 */
export interface PageFilterData {
  /** Source of one regular expression (flag `i`) that every text with a findable link passes. */
  prefilter: string;
  /** Hosts with wrapper or interstitial routes. */
  hosts: string[];
  /** Parent domains whose every subdomain has routes (`*.example.com` without the star). */
  wildcards: string[];
  /** App-link schemes with routes, lower case, without the colon. */
  schemes: string[];
  /** The generic fallback is on: an anchor on any host may embed its target. */
  generic: boolean;
}

/**
 * The prefilter: a `://` (also full-width), a dot-like separator before a known top-level domain, a
 * token wrapper or prefix (or, for a token that needs its platform's marker, the marker), or a
 * text-id prefix. Most text nodes of a page fail it.
 * @example new RegExp(buildPrefilter(defaultRules), 'i').test('今天天气不错') // false
 */
export function buildPrefilter(rules: RuleSet): string {
  const tlds = [...rules.topLevelDomains].map(escapeRegExp).join('|');
  const literals = new Set<string>();
  for (const { platform, rule } of rules.tokens) {
    // A token that counts only beside its platform's marker is found through the marker: one
    // specific phrase, where its wrappers (a `Э`, a `:/`) would let through every text that has them.
    if (rule.needsMarker || rule.suffix) {
      rules.markers.filter(([, id]) => id === platform).forEach(([marker]) => literals.add(marker));
      continue;
    }
    (rule.wrappers ?? []).filter((w) => !weakWrappers.has(w)).forEach((w) => literals.add(w));
    (rule.prefixes ?? []).forEach((p) => literals.add(p));
  }
  rules.textIds.forEach((id) => literals.add(id.prefix));
  const parts = [
    '[:：][/／]{2}',
    `(?:[.．点點]|\\[\\.\\])\\s?(?:${tlds})(?![a-z])`,
    ...[...literals].map(escapeRegExp),
  ];
  return parts.join('|');
}

/** @example pageFilterData(defaultRules).schemes.includes('taobao') // true */
export function pageFilterData(rules: RuleSet, generic = false): PageFilterData {
  return {
    prefilter: buildPrefilter(rules),
    hosts: [...rules.hostRoutes.keys()],
    wildcards: [...rules.hostWildcards.keys()],
    schemes: [...rules.schemeRoutes.keys()],
    generic,
  };
}

/**
 * After its first character (the href's own scheme), an `http:` or `https:` (plain or percent-encoded
 * once or twice) or the base64 of `http`: what every address the generic fallback reads contains.
 */
const embedsAddress = /.(?:https?(?::|%3a|%253a)|aHR0c)/i;

export interface PageFilter {
  /** Whether a text may hold a link (false means it certainly holds none). */
  mayContainLinks(text: string): boolean;
  /**
   * Whether an anchor may be a wrapper, interstitial or app link, from its parsed protocol and host,
   * or (with the generic fallback on) embed an address in its `href`.
   */
  mayNeedDirectUrl(protocol: string, hostname: string, href: string): boolean;
}

/**
 * The cheap tests a page runs on every text node and anchor; only what passes goes to the engine.
 * @example createPageFilter(pageFilterData(defaultRules)).mayContainLinks('今天天气不错') // false
 */
export function createPageFilter(data: PageFilterData): PageFilter {
  const prefilter = new RegExp(data.prefilter, 'i');
  const hosts = new Set(data.hosts);
  const wildcards = new Set(data.wildcards);
  const schemes = new Set(data.schemes);
  return {
    mayContainLinks: (text) => prefilter.test(text),
    mayNeedDirectUrl(protocol, hostname, href) {
      const scheme = protocol.slice(0, -1);
      if (!isHttpScheme(scheme)) return schemes.has(scheme.toLowerCase());
      if (hosts.has(hostname) || domainIn(hostname, wildcards) !== null) return true;
      return data.generic && embedsAddress.test(href);
    },
  };
}
