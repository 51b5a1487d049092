/**
 * The one URL and host toolkit: what scheme an address has, whether it is http(s), its host, whether a
 * host lies under a domain, and regex escaping. Every layer asks these questions, the platform data
 * included, so the toolkit sits below them all: pure, no DOM, no `browser`, and it imports nothing.
 */

/**
 * Longer hrefs are not real links; refusing them keeps hostile pages cheap.
 * @example safeHttpUrl('https://a.cn/' + 'x'.repeat(MAX_HREF_LENGTH)) // null
 */
export const MAX_HREF_LENGTH = 8192;

const schemeAtStart = /^([a-z][a-z0-9+.-]*):/i;
const schemeAndSlashes = /^[a-z][a-z0-9+.-]*:\/\//i;
const httpAtStart = /^https?:\/\//i;

/**
 * The scheme an address starts with, lower case and without its colon; null for a relative address.
 * @example schemeOf('HTTPS://a.cn/') // 'https'
 * @example schemeOf('taobao://item.taobao.com/x') // 'taobao'
 * @example schemeOf('/path:with-colon') // null
 */
export function schemeOf(href: string): string | null {
  const found = schemeAtStart.exec(href);
  return found ? found[1]!.toLowerCase() : null;
}

/**
 * Whether an address starts with `scheme://` (any scheme): an absolute address with a host part.
 * @example hasSchemeAndSlashes('https%3A//a.cn') // false
 * @example hasSchemeAndSlashes('weixin://dl/business') // true
 */
export function hasSchemeAndSlashes(text: string): boolean {
  return schemeAndSlashes.test(text);
}

/**
 * Whether a scheme (lower case, without its colon) is a web one.
 * @example isHttpScheme('https') // true
 * @example isHttpScheme('taobao') // false
 */
export function isHttpScheme(scheme: string | null): boolean {
  return scheme === 'http' || scheme === 'https';
}

/**
 * Whether an address is http(s): the cheap check before any href is set from it.
 * @example isHttpHref('javascript:alert(1)') // false
 * @example isHttpHref('HTTPS://a.cn/') // true
 */
export function isHttpHref(href: string): boolean {
  return httpAtStart.test(href);
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

/**
 * The address as the browser would open it, only when it is absolute http(s) without credentials.
 * @example safeHttpUrl('javascript:alert(1)') // null
 * @example safeHttpUrl('HTTPS://A.cn') // 'https://a.cn/'
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
  if (!isHttpScheme(url.protocol.slice(0, -1))) return null;
  if (url.username || url.password || !url.hostname.includes('.')) return null;
  return url.href;
}

/** An http(s) address whose host is plain ASCII letters, digits, dots and dashes (the common case). */
const plainWebHost = /^https?:\/\/([a-z0-9.-]+)(?::\d{1,5})?(?=[/?#]|$)/i;

/**
 * The host of an http(s) address whose host is plain (ASCII letters, digits, dots and dashes, as
 * every link the engine reads in a text has), lower case, read without a parse; null for any other.
 * @example plainHostOf('https://Item.Taobao.com:8080/x') // 'item.taobao.com'
 * @example plainHostOf('taobao://item.taobao.com/x') // null
 */
export function plainHostOf(href: string): string | null {
  const plain = plainWebHost.exec(href);
  return plain ? plain[1]!.toLowerCase() : null;
}

/**
 * The host name of an address, lower case; null when it has none. Plain http(s) hosts are read
 * without a full parse (`new URL` is the costliest step of reading a link); anything unusual goes
 * through `URL`.
 * @example hostOfHref('https://Item.Taobao.com/item.htm?id=1') // 'item.taobao.com'
 * @example hostOfHref('not a url') // null
 */
export function hostOfHref(href: string): string | null {
  const plain = plainHostOf(href);
  if (plain !== null) return plain;
  try {
    return new URL(href).hostname;
  } catch {
    return null;
  }
}

const serializedParts = /^([a-z][a-z0-9+.-]*:)(?:\/\/(?:[^/?#]*@)?(\[[^\]/?#]*\]|[^:/?#]*))?/;

/**
 * The scheme (with its colon) and host name of an address as the browser serializes it (`a.href`),
 * read from the string: asking an anchor for `protocol` and `hostname` parses the address again each time.
 * @example partsOfHref('https://u@Item.taobao.com:8080/x') // { protocol: 'https:', hostname: 'item.taobao.com' }
 */
export function partsOfHref(href: string): { protocol: string; hostname: string } {
  const parts = serializedParts.exec(href);
  return { protocol: parts?.[1] ?? '', hostname: parts?.[2]?.toLowerCase() ?? '' };
}

/**
 * Each suffix of a host name, longest first.
 * @example hostSuffixes('a.b.c') // ['a.b.c', 'b.c', 'c']
 */
export function hostSuffixes(host: string): string[] {
  const suffixes = [host];
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1))
    suffixes.push(host.slice(dot + 1));
  return suffixes;
}

/**
 * Whether a host is the domain or one of its subdomains (both lower case).
 * @example isUnderDomain('item.taobao.com', 'taobao.com') // true
 * @example isUnderDomain('taobao.com.evil.example', 'taobao.com') // false
 */
export function isUnderDomain(host: string, domain: string): boolean {
  return host === domain || (host.endsWith(domain) && host[host.length - domain.length - 1] === '.');
}

/**
 * The longest of a host and its parent domains that `domains` holds, or null: which listed domain
 * a host lies under. No array is built (pages ask this of every anchor).
 * @example domainIn('m.item.jd.com', new Set(['jd.com', 'item.jd.com'])) // 'item.jd.com'
 */
export function domainIn(host: string, domains: { has(domain: string): boolean }): string | null {
  if (domains.has(host)) return host;
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
    const parent = host.slice(dot + 1);
    if (domains.has(parent)) return parent;
  }
  return null;
}

/**
 * Text as a regular expression that matches it literally.
 * @example escapeRegExp('a.cn (1)') // 'a\\.cn \\(1\\)'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
