import type { Platform } from '@/utils/platforms/schema';
// Relative, not `@/`: the build config loads the engine before the alias exists.
import { hostOfHref } from '../url';
import type { Engine } from './engine';
import type { FoundLink } from './find-links';

/**
 * The web host the user picked for a platform's links, by platform id (`{ xiaohongshu:
 * 'www.rednote.com' }`); a platform not named opens on its main host.
 */
export type MirrorChoice = Readonly<Record<string, string>>;

/** A platform whose pages are served on other hosts too, and the hosts to choose from. */
export interface MirrorOption {
  platform: Platform;
  main: string;
  hosts: { host: string; names: { en: string; zh: string } }[];
}

/**
 * The platforms that declare `mirrors`, in registry order.
 * @example mirrorOptions(platforms)[0]?.main // 'www.xiaohongshu.com'
 */
export function mirrorOptions(platforms: readonly Platform[]): MirrorOption[] {
  return platforms.flatMap((platform) =>
    platform.mirrors ? [{ platform, main: platform.mirrors.main, hosts: platform.mirrors.hosts }] : [],
  );
}

/**
 * Whether a platform declares the host as one of its mirrors (its main host is not one).
 * @example isMirrorOf(platforms, 'xiaohongshu', 'www.rednote.com') // true
 */
export function isMirrorOf(platforms: readonly Platform[], id: string, host: string): boolean {
  const platform = platforms.find((p) => p.id === id);
  return platform?.mirrors?.hosts.some((h) => h.host === host) === true;
}

/**
 * Per main web host, the host chosen for it. Only a choice the platform itself declares counts (a
 * stored value never sends a link to a host the data does not name), and only for that platform.
 * @example chosenHosts(platforms, { xiaohongshu: 'www.rednote.com' }).get('www.xiaohongshu.com') // 'www.rednote.com'
 */
export function chosenHosts(platforms: readonly Platform[], choice: MirrorChoice = {}): Map<string, string> {
  const hosts = new Map<string, string>();
  for (const { platform, main, hosts: mirrors } of mirrorOptions(platforms)) {
    const chosen = Object.hasOwn(choice, platform.id) ? choice[platform.id] : undefined;
    if (mirrors.some((m) => m.host === chosen)) hosts.set(main, chosen!);
  }
  return hosts;
}

/**
 * A direct address on a platform's main web host, on the host chosen for it instead: same scheme,
 * path, query (`xsec_token` kept) and fragment. Anything else (another host, a subdomain, a short
 * link, an address with a port) comes back as it is.
 * @example onChosenHost('https://www.xiaohongshu.com/explore/1?xsec_token=a', new Map([['www.xiaohongshu.com', 'www.rednote.com']])) // 'https://www.rednote.com/explore/1?xsec_token=a'
 */
export function onChosenHost(url: string, hosts: ReadonlyMap<string, string>): string {
  const chosen = hosts.get(hostOfHref(url) ?? '');
  if (chosen === undefined) return url;
  const moved = new URL(url);
  if (moved.port !== '') return url;
  moved.hostname = chosen;
  return moved.href;
}

function movedLink<L extends FoundLink | null>(link: L, hosts: ReadonlyMap<string, string>): L {
  if (link === null || link.url === null) return link;
  const url = onChosenHost(link.url, hosts);
  return url === link.url ? link : { ...link, url };
}

/**
 * The engine with every direct link it gives on a platform's main web host moved to the host
 * chosen for that platform; the same engine when nothing is chosen.
 * @example withChosenHosts(engine, hosts).toDirectUrl('xhsdiscover://item/5f34197f000000000101e575') // 'https://www.rednote.com/explore/5f34197f000000000101e575'
 */
export function withChosenHosts(engine: Engine, hosts: ReadonlyMap<string, string>): Engine {
  if (hosts.size === 0) return engine;
  const directLinkOf = (href: string) => movedLink(engine.directLinkOf(href), hosts);
  return {
    ...engine,
    findLinks: (text) => engine.findLinks(text).map((link) => movedLink(link, hosts)),
    directLinkOf,
    toDirectUrl: (href) => directLinkOf(href)?.url ?? null,
    pageTargetOf: (pageHost, href, read) => movedLink(engine.pageTargetOf(pageHost, href, read), hosts),
  };
}
