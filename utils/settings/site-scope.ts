import { getDomain } from 'tldts';
import { platforms as registry } from '@/utils/platforms';
import type { Platform } from '@/utils/platforms/schema';
import { isUnderDomain } from '@/utils/url';

/** What the per-site switch covers: the whole site (the default) or only the host it was used on. */
export type SiteScope = 'site' | 'host';

/**
 * The registrable domain of a host per the Public Suffix List with its private section
 * (https://publicsuffix.org/list/), or null for an IP address, a single label or a bare suffix.
 * @example registrableDomain('item.taobao.com') // 'taobao.com'
 * @example registrableDomain('alice.github.io') // 'alice.github.io'
 */
export function registrableDomain(host: string): string | null {
  return getDomain(host.toLowerCase(), { allowPrivateDomains: true });
}

/**
 * The registrable domains that are one site with this one: a platform that lists it whole (not only a
 * host under it) lists its other whole domains beside it (Weibo lists weibo.com, weibo.cn and sina.cn).
 * A host under another site's domain joins nothing (Xianyu's 2.taobao.com does not make goofish.com
 * Taobao's, nor WeChat's weixin.qq.com make wechat.com QQ's), and a domain two platforms list whole is
 * nobody's sibling. Always holds the domain itself.
 * @example siblingDomains('weibo.cn') // ['weibo.cn', 'weibo.com', 'sina.cn']
 */
export function siblingDomains(domain: string, platforms: readonly Platform[] = registry): string[] {
  return [...new Set([domain, ...(groupsOf(platforms).get(domain) ?? [])])];
}

const groupCache = new WeakMap<readonly Platform[], Map<string, string[]>>();

/**
 * Each registrable domain exactly one platform lists whole, with the other such domains of that
 * platform; built once per registry.
 */
function groupsOf(platforms: readonly Platform[]): Map<string, string[]> {
  const cached = groupCache.get(platforms);
  if (cached) return cached;
  const owners = new Map<string, number>();
  const whole = (domain: string) => registrableDomain(domain) === domain;
  const ownOf = platforms.map((p) => [
    ...new Set((p.domains ?? []).map((d) => d.replace(/^\*\./, '')).filter(whole)),
  ]);
  for (const own of ownOf) for (const domain of own) owners.set(domain, (owners.get(domain) ?? 0) + 1);
  const groups = new Map<string, string[]>();
  for (const own of ownOf) {
    const alone = own.filter((domain) => owners.get(domain) === 1);
    for (const domain of alone) groups.set(domain, alone);
  }
  groupCache.set(platforms, groups);
  return groups;
}

/**
 * The entry the switch stores for a host: its registrable domain for the whole site, the host itself
 * for "only this host" (and for hosts with no registrable domain, such as an IP address).
 * @example switchEntry('item.taobao.com', 'site') // 'taobao.com'
 * @example switchEntry('item.taobao.com', 'host') // 'item.taobao.com'
 */
export function switchEntry(host: string, scope: SiteScope): string {
  const lower = host.toLowerCase();
  return (scope === 'site' && registrableDomain(lower)) || lower;
}

/**
 * Whether a stored entry covers a host. An entry that is a registrable domain is a whole site: its
 * subdomains and its sibling domains. Any other entry (a host below one, as "only this host" and the
 * earlier versions stored it) covers that host and its subdomains only.
 * @example entryCovers('taobao.com', 'www.taobao.com') // true
 * @example entryCovers('weibo.com', 'm.weibo.cn') // true
 * @example entryCovers('item.taobao.com', 'www.taobao.com') // false
 */
export function entryCovers(entry: string, host: string, platforms: readonly Platform[] = registry): boolean {
  const lower = host.toLowerCase();
  if (registrableDomain(entry) !== entry) return isUnderDomain(lower, entry);
  const site = registrableDomain(lower);
  return site !== null && siblingDomains(entry, platforms).includes(site);
}

/**
 * The scope the switch shows for a host: "only this host" while an entry for the host alone is what
 * switches it off, the whole site otherwise.
 * @example scopeOf(['item.taobao.com'], 'item.taobao.com') // 'host'
 */
export function scopeOf(entries: readonly string[], host: string): SiteScope {
  const lower = host.toLowerCase();
  const onlyHost = entries.some((e) => registrableDomain(e) !== e && isUnderDomain(lower, e));
  return onlyHost && !entries.some((e) => registrableDomain(e) === e && entryCovers(e, lower))
    ? 'host'
    : 'site';
}
