/** The popup's payment lookup: the site a page belongs to, and the sites a search names. */
import { hostsOf } from '@/utils/platforms/define-platform';
import type { Platform } from '@/utils/platforms/schema';
import { hostSuffixes, isHttpScheme } from '@/utils/url';

export interface SiteMatch {
  platform: Platform;
  /** False where the platform's payments cover only part of its host (`paymentsPath`). */
  paymentsApply: boolean;
}

/**
 * The platform a page belongs to: the longest listed domain that the page's host ends with (the
 * earlier platform wins a tie), for the popup's payment list.
 * @example siteForUrl(platforms, 'https://item.jd.com/1.html')?.platform.id // 'jd'
 */
export function siteForUrl(platforms: readonly Platform[], url: string): SiteMatch | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!isHttpScheme(parsed.protocol.slice(0, -1))) return null;
  for (const suffix of hostSuffixes(parsed.hostname)) {
    const platform = platforms.find((p) => hostsOf(p).includes(suffix));
    if (platform) {
      const prefix = platform.paymentsPath;
      return { platform, paymentsApply: !prefix || parsed.pathname.startsWith(prefix) };
    }
  }
  return null;
}

/**
 * Platforms with payment facts whose name (either language) or a domain contains the query.
 * @example searchSites(platforms, '京东').map((p) => p.id) // ['jd']
 */
export function searchSites(platforms: readonly Platform[], query: string): Platform[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return platforms.filter(
    (p) =>
      (p.payments?.length ?? 0) > 0 &&
      [p.names.en, p.names.zh, ...hostsOf(p)].some((name) => name.toLowerCase().includes(q)),
  );
}
