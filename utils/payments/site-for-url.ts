import { hostSuffixes, isHttpScheme } from '../url';
import type { PaymentSite } from './schema';

/** Whether a page's path lies under the site's `path` (`/cn/` covers `/cn` and `/cn/app/1`). */
function isUnderPath(pathname: string, path: string | undefined): boolean {
  if (!path) return true;
  const prefix = path.endsWith('/') ? path : `${path}/`;
  return `${pathname}/`.startsWith(prefix);
}

/**
 * The site whose payment facts cover a page: the longest listed domain the page's host ends with
 * (`v.qq.com` before `qq.com`), and only where the site's `path` covers the page; null for any other
 * page, and for anything but an http(s) address.
 * @example siteForUrl(paymentSites, 'https://item.jd.com/1.html')?.id // 'jd'
 * @example siteForUrl(paymentSites, 'https://apps.apple.com/us/app/id1') // null (the facts cover /cn/ only)
 */
export function siteForUrl(sites: readonly PaymentSite[], url: string): PaymentSite | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!isHttpScheme(parsed.protocol.slice(0, -1))) return null;
  for (const suffix of hostSuffixes(parsed.hostname)) {
    const site = sites.find((s) => s.domains.includes(suffix));
    if (site) return isUnderPath(parsed.pathname, site.path) ? site : null;
  }
  return null;
}

/**
 * Sites whose name (either language, or another form `alsoNamed` gives, such as the Traditional one
 * the reader sees) or a domain contains the query, for the popup's search.
 * @example searchSites(paymentSites, '京东').map((s) => s.id) // ['jd']
 */
export function searchSites(
  sites: readonly PaymentSite[],
  query: string,
  alsoNamed: (names: PaymentSite['names']) => string[] = () => [],
): PaymentSite[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return sites.filter((s) =>
    [s.names.en, s.names.zh, ...alsoNamed(s.names), ...s.domains].some((name) =>
      name.toLowerCase().includes(q),
    ),
  );
}
