import { matchPattern, type CompiledPattern } from './pattern';
import { fillTemplate } from './template';
import type { Verdict } from '@/utils/platforms/schema';
import { platformOfHost, routesForHost, type CompiledRoute, type RouteKind, type RuleSet } from './rules';
// Relative, not `@/`: the build config loads the engine before the alias exists.
import { hostOfHref, isHttpScheme, MAX_HREF_LENGTH, plainHostOf, safeHttpUrl, schemeOf } from '../url';

/**
 * How many wrappers deep we follow; a chain still going after that is refused (loops end here).
 * @example resolve(rules, href) // null for a wrapper nested deeper than MAX_DEPTH, however it ends
 */
export const MAX_DEPTH = 6;

export interface Resolution {
  /** The direct http(s) address, or null when the rule knows the link but there is no web page. */
  url: string | null;
  /** The lower-case host of `url`. */
  host: string | null;
  platform: string | null;
  /** The platform of the outermost rule applied: the wrapper's site, whatever the target's. */
  via: string | null;
  /** The rules applied, outermost first. */
  kinds: RouteKind[];
}

interface Target {
  url: URL;
  raw: string;
  /** What the path pattern is matched against: the pathname, or `host/path` for app schemes. */
  path: string;
}

function matchAll(
  pairs: [string, CompiledPattern][],
  get: (name: string) => unknown,
): Record<string, string> | null {
  const vars: Record<string, string> = {};
  for (const [name, pattern] of pairs) {
    const value = get(name);
    if (typeof value !== 'string' && typeof value !== 'number') return null;
    const found = matchPattern(pattern, String(value));
    if (!found) return null;
    Object.assign(vars, found);
  }
  return vars;
}

function parseJsonObject(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function matchRoute(route: CompiledRoute, target: Target): Record<string, string> | null {
  const vars: Record<string, string> = {};
  if (route.path) {
    const found = matchPattern(route.path, target.path);
    if (!found) return null;
    Object.assign(vars, found);
  }
  const query = matchAll(route.query, (name) => target.url.searchParams.get(name));
  if (!query) return null;
  Object.assign(vars, query);
  if (route.rawQuery) {
    const start = target.raw.indexOf('?');
    const found = start < 0 ? null : matchPattern(route.rawQuery, target.raw.slice(start + 1).split('#')[0]!);
    if (!found) return null;
    Object.assign(vars, found);
  }
  if (route.json) {
    const object = parseJsonObject(target.url.searchParams.get(route.json.param));
    const fields = object && matchAll(route.json.fields, (name) => object[name]);
    if (!fields) return null;
    Object.assign(vars, fields);
  }
  return vars;
}

function toTarget(href: string): { scheme: string; target: Target } | null {
  const scheme = schemeOf(href);
  if (!scheme) return null;
  try {
    const url = new URL(href);
    const path = isHttpScheme(scheme) ? url.pathname : (url.host + url.pathname).replace(/\/+$/, '');
    return { scheme, target: { url, raw: href, path } };
  } catch {
    return null;
  }
}

interface Step {
  route: CompiledRoute;
  next: string | null;
}

/** A warning route that matches, whatever its target: it wins over every other route of its host. */
function warningMatch(routes: readonly CompiledRoute[], target: Target): CompiledRoute | null {
  return routes.find((route) => route.kind === 'warning' && matchRoute(route, target) !== null) ?? null;
}

/**
 * The first route that matches and whose target decodes (a route meant to lead nowhere counts too).
 * A warning route that matches is the answer even when another route (a user's own rule) would also
 * match, and even when its target does not decode: the page's verdict is never skipped.
 */
function firstMatch(routes: readonly CompiledRoute[], target: Target): Step | null {
  const warning = warningMatch(routes, target);
  if (warning) return { route: warning, next: null };
  let undecodable: Step | null = null;
  for (const route of routes) {
    const vars = matchRoute(route, target);
    if (!vars) continue;
    if (route.to === null) return { route, next: null };
    const next = fillTemplate(route.to, vars, route.slots);
    if (next !== null) return { route, next };
    undecodable ??= { route, next: null };
  }
  return undecodable;
}

/**
 * What the first of these routes that matches an address makes of it, filled; null when none
 * matches or its template does not fill (the same order and rules as every other step).
 * @example fillFirstRoute(routesForHost(rules, 'link.zhihu.com', 'host'), 'https://link.zhihu.com/?target=https%3A//a.cn/') // 'https://a.cn/'
 */
export function fillFirstRoute(routes: readonly CompiledRoute[], href: string): string | null {
  const parsed = toTarget(href);
  return parsed ? (firstMatch(routes, parsed.target)?.next ?? null) : null;
}

/** What is known of an address before it is parsed: its scheme and, for http(s), its plain host. */
export interface Known {
  scheme: string | null;
  /** Lower case; null when not known (an unusual host is read by the full parse). */
  host: string | null;
}

function knownOf(href: string): Known {
  return { scheme: schemeOf(href), host: plainHostOf(href) };
}

function step(rules: RuleSet, href: string, known: Known): Step | null {
  // Most addresses are on hosts without routes: answer those without parsing the whole address.
  if (isHttpScheme(known.scheme) && known.host !== null && !routesForHost(rules, known.host, 'host').length)
    return null;
  const parsed = toTarget(href);
  if (!parsed) return null;
  const { scheme, target } = parsed;
  const routes = isHttpScheme(scheme)
    ? routesForHost(rules, target.url.hostname, 'host')
    : (rules.schemeRoutes.get(scheme) ?? []);
  return routes.length ? firstMatch(routes, target) : null;
}

/** A web address after its canonical rules, with its plain host when known (null: not read). */
export interface Canonical {
  href: string;
  host: string | null;
}

/**
 * Applies the canonical rules of a web address (mobile item pages to their web form) and upgrades
 * platform hosts to https; the input as it is when nothing applies. `host`: the address's plain host,
 * when the caller has read it.
 * @example canonicalize(rules, 'http://item.taobao.com/item.htm?id=1').href // 'https://item.taobao.com/item.htm?id=1'
 */
export function canonicalize(rules: RuleSet, href: string, host = plainHostOf(href)): Canonical {
  let current = { href, host };
  for (let round = 0; round < 3; round++) {
    const plain = current.host;
    if (plain !== null) {
      if (current.href[4] === ':' && platformOfHost(rules, plain)) {
        // A platform's own host over http: upgraded without parsing the address.
        current = { href: 'https' + current.href.slice(4), host: plain };
        continue;
      }
      if (routesForHost(rules, plain, 'canonical').length === 0) return current;
    }
    const parsed = toTarget(current.href);
    if (!parsed || !isHttpScheme(parsed.scheme)) return current;
    const parsedHost = parsed.target.url.hostname;
    if (parsed.scheme === 'http' && platformOfHost(rules, parsedHost)) {
      current = { href: 'https' + current.href.slice(current.href.indexOf(':')), host: plain };
      continue;
    }
    const found = firstMatch(routesForHost(rules, parsedHost, 'canonical'), parsed.target);
    if (!found?.next || found.next === current.href) return current;
    current = { href: found.next, host: plainHostOf(found.next) };
  }
  return current;
}

/**
 * The safe web address a canonical address stands for, with its host: read again only when the
 * address changed on the way (or its host was never read).
 * @example safeCanonical({ href: 'HTTPS://A.cn', host: null }) // { url: 'https://a.cn/', host: 'a.cn' }
 */
export function safeCanonical(canonical: Canonical): { url: string; host: string | null } | null {
  const url = safeHttpUrl(canonical.href);
  if (url === null) return null;
  return { url, host: url === canonical.href && canonical.host !== null ? canonical.host : hostOfHref(url) };
}

/**
 * Follows wrapper, interstitial and app-scheme rules (nested up to MAX_DEPTH) to the direct address.
 * Null when no rule applies; a Resolution with `url: null` when a rule applies but leads nowhere safe.
 * A platform's warning page is where following stops: an address that is one gives null (the link
 * stays as it is), and a wrapper around one gives the warning page, never the target it warns about.
 * `known`: the scheme and plain host of `href`, when the caller has read them.
 * @example resolve(rules, 'https://link.zhihu.com/?target=https%3A//a.cn/')?.kinds // ['wrapper']
 */
export function resolve(rules: RuleSet, href: string, known?: Known): Resolution | null {
  if (href.length > MAX_HREF_LENGTH) return null;
  let current = href.trim();
  let facts = known ?? knownOf(current);
  const kinds: RouteKind[] = [];
  let outer: string | null = null;
  for (let depth = 0; ; depth++) {
    const next = step(rules, current, facts);
    if (!next || next.route.kind === 'warning') break;
    if (depth === MAX_DEPTH) return null;
    kinds.push(next.route.kind);
    outer ??= next.route.platform;
    const nowhere = { url: null, host: null, platform: next.route.platform, via: outer, kinds };
    if (next.next === null) return nowhere;
    current = next.next;
    facts = knownOf(current);
    if (next.route.ownHostsOnly && !isOwnHost(rules, current, next.route.platform)) return nowhere;
  }
  if (kinds.length === 0) return null;
  const safe = safeCanonical(canonicalize(rules, current, facts.host));
  const platform = (safe && platformOfHost(rules, safe.host ?? '')) || outer;
  return { url: safe?.url ?? null, host: safe?.host ?? null, platform, via: outer, kinds };
}

function isOwnHost(rules: RuleSet, href: string, platform: string): boolean {
  const url = safeHttpUrl(href);
  return url !== null && platformOfHost(rules, hostOfHref(url) ?? '') === platform;
}

/** A platform's warning page: whose it is, what it says, and the http(s) target it stands before (if any). */
export interface Warning {
  platform: string;
  verdict: Verdict;
  target: string | null;
}

/**
 * The verdict of a warning page at this address, for a bar that lets the user choose; null when the
 * address is not a warning page. The target is only shown and opened on the user's click.
 * @example readWarning(rules, 'https://steamcommunity.com/linkfilter/?url=https%3A%2F%2Fa.example%2F') // { platform: 'steam', verdict: 'unsafe', target: 'https://a.example/' }
 */
export function readWarning(rules: RuleSet, href: string): Warning | null {
  if (href.length > MAX_HREF_LENGTH) return null;
  const parsed = toTarget(href.trim());
  if (!parsed || !isHttpScheme(parsed.scheme)) return null;
  const routes = routesForHost(rules, parsed.target.url.hostname, 'host');
  const route = warningMatch(routes, parsed.target);
  if (!route) return null;
  const vars = matchRoute(route, parsed.target)!;
  const filled = route.to === null ? null : fillTemplate(route.to, vars, route.slots);
  return {
    platform: route.platform,
    verdict: route.verdict ?? 'unsafe',
    target: filled && safeHttpUrl(filled),
  };
}
