import { hostSuffixes, type RuleSet } from './rules';
import { defaultRules } from './rule-set';

const weakWrappers = new Set(['(', ')', '（', '）', '/']);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One precompiled test that every text with a findable link passes: a `://` (also full-width), a
 * dot-like separator before a known top-level domain, a token wrapper or prefix, or a text-id prefix.
 * Most text nodes of a page fail it, and only those that pass are handed to findLinks.
 */
export function buildPrefilter(rules: RuleSet): RegExp {
  const tlds = [...rules.topLevelDomains].map(escape).join('|');
  const literals = new Set<string>();
  for (const { rule } of rules.tokens) {
    (rule.wrappers ?? []).filter((w) => !weakWrappers.has(w)).forEach((w) => literals.add(w));
    (rule.prefixes ?? []).forEach((p) => literals.add(p));
  }
  rules.textIds.forEach((id) => literals.add(id.prefix));
  const parts = [
    '[:：][/／]{2}',
    `(?:[.．点點]|\\[\\.\\])\\s?(?:${tlds})(?![a-z])`,
    ...[...literals].map(escape),
  ];
  return new RegExp(parts.join('|'), 'i');
}

const prefilter = buildPrefilter(defaultRules);

/**
 * Whether a text may hold a link findLinks would report (false means it certainly holds none).
 * @example mayContainLinks('今天天气不错') // false
 */
export function mayContainLinks(text: string): boolean {
  return prefilter.test(text);
}

/**
 * Whether an anchor's href may be a wrapper, interstitial or app link worth resolving, judged from
 * its already parsed protocol and host alone (cheap, for every anchor of a page).
 * @example mayNeedDirectUrl('https:', 'link.zhihu.com') // true
 */
export function mayNeedDirectUrl(protocol: string, hostname: string, rules: RuleSet = defaultRules): boolean {
  if (protocol !== 'http:' && protocol !== 'https:')
    return rules.schemeRoutes.has(protocol.slice(0, -1).toLowerCase());
  if (rules.hostRoutes.has(hostname)) return true;
  for (const suffix of hostSuffixes(hostname)) if (rules.hostWildcards.has(suffix)) return true;
  return false;
}
