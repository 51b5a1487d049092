import type { Platform } from '@/utils/platforms/schema';
// Relative, not `@/`: the build config loads this module before the alias exists.
import { domainIn } from '../url';
import { matchPattern } from './pattern';
import { routesForHost, type CompiledRoute, type RuleSet } from './rules';

/**
 * A wrapper simple enough for a page-world script to take off `window.open`'s address by itself: on
 * `host`, at exactly `path`, the target is the percent-encoded query parameter `param` (null: the
 * whole query string). That script carries no rules and cannot wait for the background
 * (`window.open` answers at once), so it gets this list and nothing more.
 */
export interface OpenWrapper {
  host: string;
  path: string;
  param: string | null;
}

/**
 * Content-script match patterns for the pages that open outside links through `window.open`, from
 * the platforms' `windowOpenHosts`: the page-world script runs there and nowhere else.
 * @example windowOpenMatches(platforms).includes('*://blog.csdn.net/*') // true
 */
export function windowOpenMatches(platforms: readonly Platform[]): string[] {
  const hosts = new Set(platforms.flatMap((p) => p.windowOpenHosts ?? []));
  return [...hosts].sort().map((host) => `*://${host}/*`);
}

/**
 * Whether a page host is one of the platforms' `windowOpenHosts`: where the page-world script runs
 * (a `*.` entry covers the domain and its subdomains, as its match pattern does).
 * @example isWindowOpenHost(platforms)('blog.csdn.net') // true
 */
export function isWindowOpenHost(platforms: readonly Platform[]): (host: string) => boolean {
  const listed = platforms.flatMap((p) => p.windowOpenHosts ?? []);
  const exact = new Set(listed.filter((h) => !h.startsWith('*.')));
  const wild = new Set(listed.filter((h) => h.startsWith('*.')).map((h) => h.slice(2)));
  return (host) => exact.has(host) || domainIn(host, wild) !== null;
}

const urlSlot = /^\{([a-zA-Z][a-zA-Z0-9]*):url\}$/;

/** The parameter a route carries its whole target in (null: the whole query), or undefined when it is not that simple. */
function targetParam(route: CompiledRoute): string | null | undefined {
  if (route.json || route.ownHostsOnly || route.query.length + (route.rawQuery ? 1 : 0) !== 1) return;
  const [name, pattern] = route.query[0] ?? [null, route.rawQuery!];
  const slot = urlSlot.exec(pattern.source)?.[1];
  return slot !== undefined && route.to === `{${slot}}` ? name : undefined;
}

/** A literal path (no placeholder, no `/**`): what the page-world script compares as it is. */
function literalPath(route: CompiledRoute): string | null {
  const source = route.path?.source;
  return source !== undefined && !/[{}]/.test(source) && !source.endsWith('/**') ? source : null;
}

function openWrapperOf(host: string, route: CompiledRoute): OpenWrapper | null {
  // Never a warning page: Unwall does not skip a platform's verdict.
  if (route.kind !== 'wrapper' && route.kind !== 'interstitial') return null;
  const path = literalPath(route);
  const param = targetParam(route);
  return path === null || param === undefined ? null : { host, path, param };
}

/** Whether a route may take an address with this path (then the engine may pick it there). */
function mayTake(route: CompiledRoute, path: string): boolean {
  return route.path === undefined || matchPattern(route.path, path) !== null;
}

/**
 * The simple wrappers and interstitials of a rule set, for `window.open` (see `OpenWrapper`): exact
 * hosts only, literal paths, one `url` parameter or the whole query as the target, and no other route
 * of the host that could take the same address (a warning, or a user's rule, decides there in the
 * engine; the page-world script then leaves the address alone). Wildcard hosts are left out: no page
 * listed in `windowOpenHosts` opens one.
 * @example openWrappers(defaultRules).find((w) => w.host === 'link.csdn.net') // { host: 'link.csdn.net', path: '/', param: 'target' }
 */
export function openWrappers(rules: RuleSet): OpenWrapper[] {
  const found: OpenWrapper[] = [];
  for (const host of rules.hostRoutes.keys()) {
    const routes = routesForHost(rules, host, 'host');
    for (const route of routes) {
      const wrapper = openWrapperOf(host, route);
      if (wrapper && !routes.some((other) => other !== route && mayTake(other, wrapper.path)))
        found.push(wrapper);
    }
  }
  return found;
}
