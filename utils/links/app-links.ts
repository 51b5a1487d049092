/**
 * A web page's app link: the address a phone's camera opens straight in the platform's app
 * (`https://www.douyin.com/video/1` → `snssdk1128://aweme/detail/1`), from the platform files'
 * `appLinks`, each the inverse of one of the platform's `schemes` routes. The extension shows one
 * only as a QR code for a phone, never as a link to click in the desktop browser.
 *
 * Step by step, failing closed:
 * 1. The address must be a safe http(s) address; the canonical rules apply first (a mobile item page
 *    is its web item page).
 * 2. Its path is matched without a trailing slash (`/video/BV…/` is `/video/BV…`).
 * 3. The first `appLinks` route of its host that matches fills its `to` template (values are
 *    percent-encoded as in any template): the app link, which must be `scheme://` and printable.
 * 4. The engine's own scheme rules must read the app link back to a web page whose app link is the
 *    same one; otherwise (a value that breaks the app link's JSON, a route the app does not know)
 *    there is none.
 */
import type { Platform } from '@/utils/platforms/schema';
import { isHttpScheme, isUnderDomain, MAX_HREF_LENGTH, schemeOf } from '../url';
import { canonicalize, fillFirstRoute, resolve, safeCanonical } from './resolve';
import { compileRoute, type CompiledRoute, type RuleSet } from './rules';

interface HostRoute {
  /** Exact hosts, and `*.parent` for the subdomains of a parent. */
  hosts: readonly string[];
  route: CompiledRoute;
}

/** The registry's `appLinks`, compiled, in platform order. */
export interface AppLinkTable {
  routes: HostRoute[];
}

/**
 * Compiles every platform's `appLinks`; throws when a pattern does not compile.
 * @example compileAppLinks([douyin]).routes[0]?.route.kind // 'app'
 */
export function compileAppLinks(platforms: readonly Platform[]): AppLinkTable {
  const routes = platforms.flatMap((p) =>
    (p.appLinks ?? []).map((link) => ({ hosts: link.hosts, route: compileRoute(p.id, 'app', link) })),
  );
  return { routes };
}

function covers(hosts: readonly string[], host: string): boolean {
  return hosts.some((h) =>
    h.startsWith('*.') ? host !== h.slice(2) && isUnderDomain(host, h.slice(2)) : h === host,
  );
}

/** An app link as a phone reads it: `scheme://`, not the web's, printable, not too long. */
function isAppLinkShape(href: string): boolean {
  const scheme = schemeOf(href);
  return (
    scheme !== null &&
    !isHttpScheme(scheme) &&
    href.length <= MAX_HREF_LENGTH &&
    href.startsWith(`${scheme}://`) &&
    !/[\s\p{Cc}]/u.test(href)
  );
}

/** Steps 2 and 3 for a safe web address. */
function fillAppLink(table: AppLinkTable, web: string): string | null {
  const url = new URL(web);
  const routes = table.routes.filter((r) => covers(r.hosts, url.hostname)).map((r) => r.route);
  if (routes.length === 0) return null;
  url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  const app = fillFirstRoute(routes, url.href);
  return app !== null && isAppLinkShape(app) ? app : null;
}

/**
 * The app link of a web page, or null when its platform has none for it or the engine's scheme rules
 * would not read it back to the same page.
 * @example appLinkOf(compileAppLinks(platforms), defaultRules, 'https://www.douyin.com/video/7') // 'snssdk1128://aweme/detail/7'
 * @example appLinkOf(compileAppLinks(platforms), defaultRules, 'javascript:alert(1)') // null
 */
export function appLinkOf(table: AppLinkTable, rules: RuleSet, href: string): string | null {
  const web = safeCanonical(canonicalize(rules, href.trim()))?.url;
  const app = web ? fillAppLink(table, web) : null;
  if (app === null) return null;
  const back = resolve(rules, app)?.url;
  return back && fillAppLink(table, back) === app ? app : null;
}
