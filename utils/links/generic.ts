/**
 * The opt-in generic fallback: an anchor on a host no rule knows, whose query or path embeds one
 * absolute http(s) address, plain, percent-encoded (once or more) or in base64, is taken to lead
 * there. Skip Redirect's technique (sblask-webextensions/webextension-skip-redirect, `url.js`:
 * `getRedirectTarget` looks for `http(s)` after a `/`, `?` or `=`, percent-encoded or base64), kept
 * narrower: never on the pages and parameters of `generic-skip.ts`, never to the wrapper's own site,
 * and never when two parameters name different targets (unsure means no rewrite).
 */
import { getDomain } from 'tldts';
// Relative, not `@/`: the build config loads the engine before the alias exists.
import { isHttpHref, MAX_HREF_LENGTH, safeHttpUrl } from '../url';
import { decodeBase64, decodeEmbeddedUrl } from './decode';
import { isNoSkipHost, isNoSkipParam, isNoSkipPath } from './generic-skip';
import { encodedHostPath, mediaHostPath } from './host-path';

/** `http(s)://` at the start of a text or after a character that is not a letter or digit. */
const embeddedAt = /(?:^|[^a-z0-9])(https?:\/\/)/i;
/** Base64 of `http` (every `http://` and `https://` encodes to a text starting so). */
const BASE64_HTTP = /^aHR0c/;

/** No space and no control character (the URL parser would drop tabs and line breaks unseen). */
const PRINTABLE = /^[!-~\u00a0-\uffff]+$/;

/** A decoded base64 value, when it is one address and nothing else (Skip Redirect keeps its first line). */
function fromBase64(value: string): string | null {
  if (!BASE64_HTTP.test(value)) return null;
  const text = decodeBase64(value);
  return text !== null && isHttpHref(text) && PRINTABLE.test(text) ? text : null;
}

/** `decodeURIComponent` that answers null for a malformed escape instead of throwing. */
function decodedOnce(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** A query value that is an address: from its first character, plain or encoded, or base64. */
function fromValue(value: string): string | null {
  const url = decodeEmbeddedUrl(value);
  if (url !== null) return isHttpHref(url) ? url : null;
  return fromBase64(value) ?? (value.includes('%') ? fromBase64(decodedOnce(value) ?? '') : null);
}

/** A path segment that holds an address, possibly after a prefix (`destination:https%3A…`, `;%3Fhttps…`). */
function fromSegment(segment: string): string | null {
  let current: string | null = segment;
  for (let round = 0; round < 3 && current !== null; round++) {
    const found = embeddedAt.exec(current);
    if (found) return current.slice(found.index + found[0].length - found[1]!.length);
    const base64 = fromBase64(current);
    if (base64 !== null) return base64;
    current = current.includes('%') ? decodedOnce(current) : null;
  }
  return null;
}

/** What an address embeds: its candidates, and the part of its path that belongs to the wrapper. */
interface Embedded {
  candidates: string[];
  ownPath: string;
}

/** A plain `http(s)://` in the path or a whole query that is an address: the rest of the href is the target's. */
function restIsTarget(url: URL): Embedded | null {
  const plain = embeddedAt.exec(url.pathname);
  if (plain) {
    const start = plain.index + plain[0].length - plain[1]!.length;
    return {
      candidates: [url.pathname.slice(start) + url.search + url.hash],
      ownPath: url.pathname.slice(0, start),
    };
  }
  const whole = decodeEmbeddedUrl(url.search.slice(1) + url.hash);
  if (whole !== null) return { candidates: [whole], ownPath: url.pathname };
  const media = mediaHostPath(url.pathname.split('/'));
  return media !== null ? { candidates: [media + url.search], ownPath: url.pathname.slice(0, 1) } : null;
}

function embeddedIn(url: URL): Embedded {
  const rest = restIsTarget(url);
  if (rest) return rest;
  const segments = url.pathname.split('/');
  const read = (segment: string) => fromSegment(segment) ?? encodedHostPath(segment);
  const carrying = segments.findIndex((segment) => read(segment) !== null);
  const ownPath = carrying < 0 ? url.pathname : segments.slice(0, carrying).join('/');
  const candidates = carrying < 0 ? [] : [read(segments[carrying]!)!];
  for (const [name, value] of url.searchParams) {
    const found = isNoSkipParam(name) ? null : fromValue(value);
    if (found !== null) candidates.push(found);
  }
  return { candidates, ownPath };
}

/**
 * The registrable domain of a host per the Public Suffix List with its private section
 * (https://publicsuffix.org/list/), so `a.github.io` and `b.github.io` are two sites; a host that is
 * itself a private suffix (`streaklinks.com` serves its own pages) is its own site. Null for IP
 * addresses and bare suffixes.
 */
function siteOf(host: string): string | null {
  return getDomain(host, { allowPrivateDomains: true }) ?? (getDomain(host) !== null ? host : null);
}

/**
 * The one http(s) address an href embeds, when the href is no sign-in, account, payment or share
 * page and the address is on another site; null otherwise (and for anything but an http(s) href).
 * @example genericTarget('https://t.example.net/click?id=7&u=https%3A%2F%2Fshop.example.org%2Fa') // 'https://shop.example.org/a'
 * @example genericTarget('https://accounts.example.com/o/oauth2/auth?redirect_uri=https%3A%2F%2Fa.cn%2F') // null
 */
export function genericTarget(href: string): string | null {
  if (typeof href !== 'string' || href.length > MAX_HREF_LENGTH || !isHttpHref(href)) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const site = siteOf(url.hostname);
  if (site === null || isNoSkipHost(url.hostname, site)) return null;
  const { candidates, ownPath } = embeddedIn(url);
  const targets = new Set(candidates.map(safeHttpUrl));
  const [target] = targets;
  if (targets.size !== 1 || !target || isNoSkipPath(ownPath)) return null;
  const targetSite = siteOf(new URL(target).hostname);
  return targetSite !== null && targetSite !== site ? target : null;
}
