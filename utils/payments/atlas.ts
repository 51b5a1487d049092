import { hostOfHref, isUnderDomain, safeHttpUrl } from '../url';
import {
  paymentMethodIds,
  type PaymentClaim,
  type PaymentMethod,
  type PaymentSite,
  type PaymentStatus,
  type SiteKind,
} from './schema';

/** What the atlas page narrows its rows to; `null` and `''` leave a dimension open. */
export interface AtlasFilter {
  kind: SiteKind | null;
  method: PaymentMethod | null;
  status: PaymentStatus | null;
  query: string;
}

export const openFilter: AtlasFilter = { kind: null, method: null, status: null, query: '' };

/**
 * The methods any site claims, in the order Unwall names them: the atlas's columns.
 * @example atlasMethods([{ claims: [{ method: 'wechat_pay' }, { method: 'alipay' }] }] as PaymentSite[]) // ['alipay', 'wechat_pay']
 */
export function atlasMethods(sites: readonly PaymentSite[]): PaymentMethod[] {
  const claimed = new Set(sites.flatMap((site) => site.claims.map((claim) => claim.method)));
  return paymentMethodIds.filter((method) => claimed.has(method));
}

/**
 * A site's claim about one method, if it has one.
 * @example claimOf({ claims: [{ method: 'alipay', status: 'supported' }] } as PaymentSite, 'alipay')?.status // 'supported'
 */
export function claimOf(site: PaymentSite, method: PaymentMethod): PaymentClaim | undefined {
  return site.claims.find((claim) => claim.method === method);
}

/** The host of a typed address (`item.jd.com/1.html`, `https://www.jd.com/`), or null for a word. */
function typedHost(query: string): string | null {
  if (!query.includes('.') || /\s/.test(query)) return null;
  const url = safeHttpUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(query) ? query : `https://${query}`);
  return url ? hostOfHref(url) : null;
}

/**
 * Whether the searched words name the site: part of its English or Chinese name or of a domain, or
 * an address on one of its domains.
 * @example matchesQuery({ names: { en: 'JD.com', zh: '京东' }, domains: ['jd.com'] } as PaymentSite, 'https://item.jd.com/1.html') // true
 */
export function matchesQuery(site: PaymentSite, query: string): boolean {
  const words = query.trim().toLowerCase();
  if (!words) return true;
  const texts = [site.names.en, site.names.zh, ...site.domains].map((text) => text.toLowerCase());
  if (texts.some((text) => text.includes(words))) return true;
  const host = typedHost(words);
  return host !== null && site.domains.some((domain) => isUnderDomain(host, domain));
}

/**
 * Whether a site's claims fit the method and status asked for: with a method, its claim about that
 * method has the status (or, with no status asked, says anything but "unknown"); with a status
 * alone, any of its claims has it.
 * @example matchesClaims({ claims: [{ method: 'alipay', status: 'supported' }] } as PaymentSite, 'alipay', null) // true
 */
export function matchesClaims(
  site: PaymentSite,
  method: PaymentMethod | null,
  status: PaymentStatus | null,
): boolean {
  if (method) {
    const claim = claimOf(site, method);
    return claim !== undefined && (status ? claim.status === status : claim.status !== 'unknown');
  }
  return status === null || site.claims.some((claim) => claim.status === status);
}

/**
 * The sites the filter keeps, in their order.
 * @example filterSites(sites, { ...openFilter, kind: 'food' }) // the food sites
 */
export function filterSites(sites: readonly PaymentSite[], filter: AtlasFilter): PaymentSite[] {
  return sites.filter(
    (site) =>
      (filter.kind === null || site.kind === filter.kind) &&
      matchesClaims(site, filter.method, filter.status) &&
      matchesQuery(site, filter.query),
  );
}
