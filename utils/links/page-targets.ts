// Relative, not `@/`: the build config loads the engine before the alias exists.
import type { PageTarget, PageTargetSource, Platform } from '../platforms/schema';
import { domainIn, hostOfHref, MAX_HREF_LENGTH, safeHttpUrl } from '../url';
import type { FoundLink } from './find-links';
import { compilePattern, matchPattern, type CompiledPattern } from './pattern';
import { readWarning } from './resolve';
import type { RuleSet } from './rules';

/** A page-target rule, compiled: which pages, which anchors. */
export interface CompiledPageTarget {
  platform: string;
  rule: PageTarget;
  /** Page domains (each covers its subdomains). */
  pages: Set<string>;
  /** Anchor hosts named exactly, and parents whose every subdomain is covered (`*.` taken off). */
  hosts: Set<string>;
  wildcards: Set<string>;
  path: CompiledPattern | null;
}

/** What a page's content script is told: for anchors on these hosts, where to read the target. */
export interface PageRead {
  hosts: string[];
  wildcards: string[];
  from: PageTargetSource[];
}

const bare = (host: string) => host.replace(/^\*\./, '');

/**
 * A page-target rule of a platform, compiled.
 * @example compilePageTarget(baidu, baidu.pageTargets[0]).hosts.has('www.baidu.com') // true
 */
export function compilePageTarget(platform: Platform, rule: PageTarget): CompiledPageTarget {
  const wild = rule.hosts.filter((h) => h.startsWith('*.'));
  return {
    platform: platform.id,
    rule,
    pages: new Set(rule.pages.map(bare)),
    hosts: new Set(rule.hosts.filter((h) => !h.startsWith('*.'))),
    wildcards: new Set(wild.map(bare)),
    path: rule.path === undefined ? null : compilePattern(rule.path),
  };
}

function coversAnchor(rule: CompiledPageTarget, url: URL): boolean {
  const host = url.hostname;
  const hostOk = rule.hosts.has(host) || domainIn(host, rule.wildcards) !== null;
  return hostOk && (rule.path === null || matchPattern(rule.path, url.pathname) !== null);
}

function parsed(href: string): URL | null {
  if (typeof href !== 'string' || href.length > MAX_HREF_LENGTH) return null;
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

/**
 * The page-target rules for a page: what its content script reads, and for which anchor hosts.
 * @example pageReadsIn(defaultRules, 'www.baidu.com')[0]?.from // [{ attribute: 'mu', ancestor: true }]
 */
export function pageReadsIn(rules: RuleSet, pageHost: string): PageRead[] {
  return rules.pageTargets
    .filter((rule) => domainIn(pageHost, rule.pages) !== null)
    .map((rule) => ({ hosts: [...rule.hosts], wildcards: [...rule.wildcards], from: rule.rule.from }));
}

/**
 * Whether some page keeps the target of this anchor address (some page-target rule covers it).
 * @example isPageTargetIn(defaultRules, 'https://www.baidu.com/link?url=abc') // true
 */
export function isPageTargetIn(rules: RuleSet, href: string): boolean {
  const url = parsed(href);
  return url !== null && rules.pageTargets.some((rule) => coversAnchor(rule, url));
}

function isOwnHost(rules: RuleSet, platform: string, host: string): boolean {
  const own = rules.ownHosts.get(platform);
  return own !== undefined && domainIn(host, own) !== null;
}

/**
 * A value a page keeps is a target only when it is a whole absolute http(s) address: no words around
 * it, no spaces in it, not cut short (`…`), and not a platform's warning page.
 */
function wholeAddress(rules: RuleSet, read: string): string | null {
  const value = read.trim();
  if (!/^https?:\/\/[^\s…]+$/i.test(value)) return null;
  const url = safeHttpUrl(value);
  return url !== null && readWarning(rules, url) === null ? url : null;
}

/**
 * The direct link of an anchor whose target the page keeps beside it: the value the content script
 * read (per the rule for this page and anchor) when it is a whole http(s) address to another host.
 * The page host is the sender's, as the browser names it, never what the page says.
 * @example pageTargetIn(defaultRules, 'www.baidu.com', 'https://www.baidu.com/link?url=abc', 'https://a.cn/x')?.url // 'https://a.cn/x'
 */
export function pageTargetIn(rules: RuleSet, pageHost: string, href: string, read: string): FoundLink | null {
  const url = parsed(href);
  if (url === null || typeof read !== 'string' || typeof pageHost !== 'string') return null;
  const rule = rules.pageTargets.find((r) => domainIn(pageHost, r.pages) !== null && coversAnchor(r, url));
  const target = rule ? wholeAddress(rules, read) : null;
  // A target on the platform's own hosts is left to the platform (Baidu's cards keep Baidu addresses
  // for whole groups of links); one on the anchor's own host would lead back through it.
  const host = target === null ? null : hostOfHref(target);
  if (!rule || host === null || host === url.hostname || isOwnHost(rules, rule.platform, host)) return null;
  return {
    start: 0,
    end: href.length,
    url: target,
    platform: rule.platform,
    kind: 'wrapper',
    original: href,
  };
}
