import { hostsOf } from '@/utils/platforms/define-platform';
import type { Platform } from '@/utils/platforms/schema';
import { hostSuffixes } from '@/utils/url';

/**
 * What a page traps clicks with, for the page layer: the attributes its click tracking reads, and
 * the hosts that are its own (a link to them is the page's, left to the scanner's wrapper rules).
 */
export interface ClickTrap {
  attributes: string[];
  own: string[];
}

/** Whether a platform's click-trap hosts cover a page host: exactly, or as a subdomain of a `*.` entry. */
function listsHost(platform: Platform, host: string): boolean {
  const hosts = platform.clickTraps?.hosts ?? [];
  return hosts.includes(host) || hostSuffixes(host).some((s) => s !== host && hosts.includes(`*.${s}`));
}

/**
 * How a page on `host` traps clicks on links that are already direct, from every platform that lists
 * the host (their attributes and own hosts together); null when none does, so the page is left alone.
 * @example clickTrapOf(platforms, 'www.facebook.com') // { attributes: [], own: ['facebook.com'] }
 * @example clickTrapOf(platforms, 'forum.example.net') // null
 */
export function clickTrapOf(platforms: readonly Platform[], host: string): ClickTrap | null {
  const listing = platforms.filter((p) => listsHost(p, host.toLowerCase()));
  if (!listing.length) return null;
  const attributes = new Set(listing.flatMap((p) => p.clickTraps!.attributes));
  const own = new Set(listing.flatMap((p) => hostsOf(p)));
  return { attributes: [...attributes], own: [...own] };
}
