import { decodeBase64, decodeEmbeddedUrl } from './decode';
import { matchPattern, type CompiledPattern, type PatternClass } from './pattern';
import type { Verdict } from '@/utils/platforms/schema';
import { platformOfHost, routesForHost, type CompiledRoute, type RouteKind, type RuleSet } from './rules';

/** How many wrappers deep we follow; a chain still going after that is refused (loops end here). */
export const MAX_DEPTH = 6;
/** Longer hrefs are not real links; refusing them keeps hostile pages cheap. */
export const MAX_HREF_LENGTH = 8192;

export interface Resolution {
  /** The direct http(s) address, or null when the rule knows the link but there is no web page. */
  url: string | null;
  platform: string | null;
  /** The rules applied, outermost first. */
  kinds: RouteKind[];
}

/**
 * The address as the browser would open it, only when it is absolute http(s) without credentials.
 * @example safeHttpUrl('javascript:alert(1)') // null
 */
export function safeHttpUrl(candidate: string): string | null {
  if (candidate.length > MAX_HREF_LENGTH) return null;
  if (isNormalWebUrl(candidate)) return candidate;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || !url.hostname.includes('.')) return null;
  return url.href;
}

/**
 * An address `URL` would give back unchanged: lower-case http(s) scheme and host (ending in a
 * letter label, so never read as an IPv4 number), no port, no credentials, a path with no dot segments,
 * and only characters no part of the URL parser escapes. The property test checks this against `URL`.
 */
const normalWebUrl =
  /^https?:\/\/(?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*\/[A-Za-z0-9\-._~!$&()*+,;=:@%/]*(?:\?[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*)?(?:#[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?$/;

function isNormalWebUrl(candidate: string): boolean {
  return normalWebUrl.test(candidate) && !/\/\.|%2e|[/.]xn--/i.test(candidate);
}

/** An http(s) address whose host is plain ASCII letters, digits, dots and dashes (the common case). */
const plainWebHost = /^https?:\/\/([a-z0-9.-]+)(?::\d{1,5})?(?=[/?#]|$)/i;

/**
 * The host name of an address, lower case. Plain hosts are read without a full parse (the engine asks
 * this of every link, and `new URL` is its costliest step); anything unusual goes through `URL`.
 * @example hostOfHref('https://Item.Taobao.com/item.htm?id=1') // 'item.taobao.com'
 */
export function hostOfHref(href: string): string | null {
  const plain = plainHost(href);
  if (plain !== null) return plain;
  try {
    return new URL(href).hostname;
  } catch {
    return null;
  }
}

/** The last address asked about: the engine asks about the same link several times in a row. */
let lastHref = '';
let lastPlainHost: string | null = null;

/** The lower-case host of an http(s) address with a plain host; null for anything else. */
function plainHost(href: string): string | null {
  if (href !== lastHref) {
    const plain = plainWebHost.exec(href);
    lastPlainHost = plain ? plain[1]!.toLowerCase() : null;
    lastHref = href;
  }
  return lastPlainHost;
}

function schemeOf(href: string): string | null {
  const colon = href.indexOf(':');
  if (colon < 1 || colon > 40) return null;
  const scheme = href.slice(0, colon).toLowerCase();
  return /^[a-z][a-z0-9+.-]*$/.test(scheme) ? scheme : null;
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

function fillValue(value: string, cls: PatternClass | undefined, filter: string | undefined): string | null {
  if (filter === 'base64') {
    // URLSearchParams read a literal `+` of the base64 alphabet as a space.
    const decoded = decodeBase64(value.replace(/ /g, '+'));
    return decoded === null ? null : decodeEmbeddedUrl(decoded);
  }
  if (cls === 'url' || filter === 'url') return decodeEmbeddedUrl(value);
  if (cls === 'rest') return value;
  return encodeURIComponent(value);
}

/** Fills `{name}` / `{name|base64}` placeholders; null when a value does not decode. */
function fillTemplate(template: string, vars: Record<string, string>, route: CompiledRoute): string | null {
  let failed = false;
  const out = template.replace(
    /\{([a-zA-Z][a-zA-Z0-9]*)(?:\|([a-z0-9]+))?\}/g,
    (_, name: string, filter?: string) => {
      const value = vars[name];
      const filled = value === undefined ? null : fillValue(value, route.slots.get(name), filter);
      if (filled === null) failed = true;
      return filled ?? '';
    },
  );
  return failed ? null : out;
}

function toTarget(href: string): { scheme: string; target: Target } | null {
  const scheme = schemeOf(href);
  if (!scheme) return null;
  try {
    const url = new URL(href);
    const web = scheme === 'http' || scheme === 'https';
    const path = web ? url.pathname : (url.host + url.pathname).replace(/\/+$/, '');
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
    const next = fillTemplate(route.to, vars, route);
    if (next !== null) return { route, next };
    undecodable ??= { route, next: null };
  }
  return undecodable;
}

function step(rules: RuleSet, href: string): Step | null {
  // Most addresses are on hosts without routes: answer those without parsing the whole address.
  const quick = plainHost(href);
  if (quick !== null && routesForHost(rules, quick, 'host').length === 0) return null;
  const parsed = toTarget(href);
  if (!parsed) return null;
  const { scheme, target } = parsed;
  const routes =
    scheme === 'http' || scheme === 'https'
      ? routesForHost(rules, target.url.hostname, 'host')
      : (rules.schemeRoutes.get(scheme) ?? []);
  return routes.length ? firstMatch(routes, target) : null;
}

/**
 * Applies the canonical rules of a web address (mobile item pages to their web form) and upgrades
 * platform hosts to https. Returns the input when nothing applies.
 */
export function canonicalize(rules: RuleSet, href: string): string {
  let current = href;
  for (let round = 0; round < 3; round++) {
    const plain = plainHost(current);
    if (plain !== null) {
      if (current[4] === ':' && platformOfHost(rules, plain)) {
        // A platform's own host over http: upgraded without parsing the address.
        current = 'https' + current.slice(4);
        continue;
      }
      if (routesForHost(rules, plain, 'canonical').length === 0) return current;
    }
    const parsed = toTarget(current);
    if (!parsed || (parsed.scheme !== 'http' && parsed.scheme !== 'https')) return current;
    const host = parsed.target.url.hostname;
    if (parsed.scheme === 'http' && platformOfHost(rules, host)) {
      current = 'https' + current.slice(current.indexOf(':'));
      continue;
    }
    const found = firstMatch(routesForHost(rules, host, 'canonical'), parsed.target);
    if (!found?.next || found.next === current) return current;
    current = found.next;
  }
  return current;
}

/**
 * Follows wrapper, interstitial and app-scheme rules (nested up to MAX_DEPTH) to the direct address.
 * Null when no rule applies; a Resolution with `url: null` when a rule applies but leads nowhere safe.
 * A platform's warning page is where following stops: an address that is one gives null (the link
 * stays as it is), and a wrapper around one gives the warning page, never the target it warns about.
 */
export function resolve(rules: RuleSet, href: string): Resolution | null {
  if (href.length > MAX_HREF_LENGTH) return null;
  let current = href.trim();
  const kinds: RouteKind[] = [];
  let outer: string | null = null;
  for (let depth = 0; ; depth++) {
    const next = step(rules, current);
    if (!next || next.route.kind === 'warning') break;
    if (depth === MAX_DEPTH) return null;
    kinds.push(next.route.kind);
    outer ??= next.route.platform;
    if (next.next === null) return { url: null, platform: next.route.platform, kinds };
    current = next.next;
    if (next.route.ownHostsOnly && !isOwnHost(rules, current, next.route.platform)) {
      return { url: null, platform: next.route.platform, kinds };
    }
  }
  if (kinds.length === 0) return null;
  const url = safeHttpUrl(canonicalize(rules, current));
  const platform = (url && platformOfHost(rules, hostOfHref(url) ?? '')) || outer;
  return { url, platform, kinds };
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
  if (!parsed || (parsed.scheme !== 'http' && parsed.scheme !== 'https')) return null;
  const routes = routesForHost(rules, parsed.target.url.hostname, 'host');
  const route = warningMatch(routes, parsed.target);
  if (!route) return null;
  const vars = matchRoute(route, parsed.target)!;
  const filled = route.to === null ? null : fillTemplate(route.to, vars, route);
  return {
    platform: route.platform,
    verdict: route.verdict ?? 'unsafe',
    target: filled && safeHttpUrl(filled),
  };
}
