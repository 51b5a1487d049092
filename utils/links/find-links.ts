import type { Platform } from '@/utils/platforms/schema';
import { canonicalize, hostOfHref, MAX_HREF_LENGTH, resolve, safeHttpUrl } from './resolve';
import { hostSuffixes, platformOfHost, type RuleSet } from './rules';
import { findUrlCandidates, type UrlCandidate } from './scan-urls';
import { CONTEXT_AFTER, CONTEXT_BEFORE, findMarkers, hitsBetween, shareTitle, type MarkerHit } from './share';
import { findTokens, tokenFromUrl, type TokenCandidate } from './tokens';

export type LinkKind = 'share' | 'url' | 'obfuscated' | 'scheme' | 'wrapper' | 'token';

export interface FoundLink {
  /** UTF-16 offsets into the text: `text.slice(start, end) === original`. */
  start: number;
  end: number;
  /** The direct http(s) address to open; null for a token that no web page stands for. */
  url: string | null;
  platform: string | null;
  kind: LinkKind;
  title?: string;
  /**
   * The token to paste into the app, as written with its delimiters (`￥dAEYbi4KO4D￥`,
   * `#小程序://名称/代码`); for a link whose text writes none, the code its own parameters carry.
   */
  token?: string;
  original: string;
}

const hostOf = hostOfHref;

/** Each platform's own hosts, built once (this is asked for every marker near every link). */
const ownHosts = new WeakMap<Platform, Set<string>>();

function ownsHost(platform: Platform | undefined, host: string | null): boolean {
  if (!platform || !host) return false;
  let own = ownHosts.get(platform);
  if (!own) {
    own = new Set(
      [...(platform.domains ?? []), ...(platform.shortDomains ?? [])].map((d) => d.replace(/^\*\./, '')),
    );
    ownHosts.set(platform, own);
  }
  for (const suffix of hostSuffixes(host)) if (own.has(suffix)) return true;
  return false;
}

/** A found link, every field set in one order (one object shape for all of them). */
function link(
  text: string,
  c: UrlCandidate,
  url: string | null,
  platform: string | null,
  kind: LinkKind,
): FoundLink {
  return { start: c.start, end: c.end, url, platform, kind, original: text.slice(c.start, c.end) };
}

function linkFromCandidate(rules: RuleSet, text: string, c: UrlCandidate): FoundLink | null {
  // Longer than any real link: refused before any rule reads it (as `resolve` refuses it), so a
  // page's run of a million characters costs the scan alone, not a copy in every step after it.
  if (!c.href || c.href.length > MAX_HREF_LENGTH) return null;
  const resolved = resolve(rules, c.href);
  if (resolved) {
    if (!resolved.url) return null;
    const kind = c.app || resolved.kinds[0] === 'scheme' ? 'scheme' : 'wrapper';
    return link(text, c, resolved.url, resolved.platform, kind);
  }
  if (c.app) return null;
  const url = safeHttpUrl(canonicalize(rules, c.href));
  if (!url) return null;
  const platform = platformOfHost(rules, hostOf(url) ?? '');
  if (c.obfuscated && !platform) return null;
  return link(text, c, url, platform, c.obfuscated ? 'obfuscated' : 'url');
}

interface Span {
  from: number;
  to: number;
}

/** Share-text details: the marker's platform when it owns the link's host, the title, the token. */
function describeShare(
  rules: RuleSet,
  text: string,
  link: FoundLink,
  href: string,
  span: Span,
  hits: MarkerHit[],
  markers: ReadonlySet<string>,
) {
  const hrefHost = hostOf(href);
  const hosts = [hrefHost, link.url && (link.url === href ? hrefHost : hostOf(link.url))];
  const marker = hitsBetween(hits, span.from, span.to).find((hit) =>
    hosts.some((host) => ownsHost(rules.platforms.get(hit.platform), host)),
  );
  if (marker) {
    link.platform = marker.platform;
    link.kind = 'share';
  }
  const platform = link.platform ? rules.platforms.get(link.platform) : undefined;
  const window = {
    text,
    start: link.start,
    end: link.end,
    from: span.from,
    to: span.to,
    markers,
    notTitles: rules.notTitles,
    sameLine: false,
  };
  const title = platform && shareTitle(window, platform);
  if (title) {
    link.title = title;
    if (link.kind === 'url' || link.kind === 'obfuscated') link.kind = 'share';
  }
}

/** The token a link carries in its own parameters, where its share text wrote none to paste. */
function tokenOfHref(rules: RuleSet, link: FoundLink, href: string): void {
  if (link.token) return;
  const hostPlatform = rules.platforms.get(platformOfHost(rules, hostOf(href) ?? '') ?? '');
  const token = tokenFromUrl(href, hostPlatform?.tokens ?? []);
  if (token) link.token = token;
}

/** Tokens inside a link's share text belong to that link; the rest stand alone. Both lists are sorted. */
function attachTokens(
  links: FoundLink[],
  spans: Span[],
  tokens: TokenCandidate[],
  rules: RuleSet,
): TokenCandidate[] {
  let i = 0;
  return tokens.filter((token) => {
    while (i < links.length && spans[i]!.to <= token.start) i++;
    const link = links[i];
    if (!link || token.url || token.start < spans[i]!.from || token.end > spans[i]!.to) return true;
    const linkHost = platformOfHost(rules, hostOf(link.url ?? '') ?? '');
    if (link.platform !== token.platform && linkHost !== token.platform) return true;
    link.token ??= token.token;
    return false;
  });
}

function tokenLink(
  rules: RuleSet,
  text: string,
  t: TokenCandidate,
  span: Span,
  markers: ReadonlySet<string>,
): FoundLink {
  const link: FoundLink = {
    start: t.start,
    end: t.end,
    url: t.url,
    platform: t.platform,
    kind: 'token',
    original: text.slice(t.start, t.end),
    token: t.token,
  };
  const platform = rules.platforms.get(t.platform);
  const window = {
    text,
    start: t.start,
    end: t.end,
    from: span.from,
    to: span.to,
    markers,
    notTitles: rules.notTitles,
    sameLine: true,
  };
  const title = platform && !t.url ? shareTitle(window, platform) : undefined;
  if (title && platform?.searchUrl) {
    link.title = title;
    link.url = safeHttpUrl(platform.searchUrl.replace('{title}', encodeURIComponent(title)));
  }
  return link;
}

/**
 * Each item's reach: up to its neighbours, and no further than the context limits. A repeat of the
 * same address right after (markdown's `[url](url)`) does not cut the reach.
 */
function spansOf(items: { start: number; end: number; url?: string | null }[], length: number): Span[] {
  const next = nextOtherAddress(items);
  return items.map((item, i) => ({
    from: Math.max(i > 0 ? items[i - 1]!.end : 0, item.start - CONTEXT_BEFORE),
    to: Math.min(next[i]! < items.length ? items[next[i]!]!.start : length, item.end + CONTEXT_AFTER),
  }));
}

/**
 * Per item, the index of the first later item that is not a repeat of its address (the next one
 * for an item without an address). Filled from the end in one pass: a walk forward from every item
 * would be quadratic in a long run of one address.
 */
function nextOtherAddress(items: readonly { url?: string | null }[]): number[] {
  const next = new Array<number>(items.length);
  for (let i = items.length - 1; i >= 0; i--) {
    const url = items[i]!.url;
    next[i] = url && i + 1 < items.length && items[i + 1]!.url === url ? next[i + 1]! : i + 1;
  }
  return next;
}

/** Items that overlap none of the taken spans; both lists sorted by start. */
function withoutOverlaps<T extends { start: number; end: number }>(taken: readonly Span[], items: T[]): T[] {
  let i = 0;
  return items.filter((item) => {
    while (i < taken.length && taken[i]!.to <= item.start) i++;
    return !(i < taken.length && taken[i]!.from < item.end);
  });
}

/**
 * The most addresses, and the most tokens, one text is read for; a text with more (a page's run of
 * thousands of links in one text node, none of them a share text a person sent) is read up to the
 * last one of them. Two thousand lie far beyond any real text (the background reads a page's texts
 * 10,000 characters at a time, the popup's paste box takes 20,000), and the bound keeps the answer,
 * and the memory that builds it, from growing with a hostile page.
 */
export const MAX_LINKS_PER_TEXT = 2000;

/** The engine's text half: see `findLinks` in index.ts. */
export function findLinksIn(rules: RuleSet, whole: string): FoundLink[] {
  if (typeof whole !== 'string' || whole.length === 0) return [];
  const urls = findUrlCandidates(whole, rules, MAX_LINKS_PER_TEXT);
  const text = urls.length < MAX_LINKS_PER_TEXT ? whole : whole.slice(0, urls.at(-1)!.end);
  const allHits = findMarkers(text, rules);
  const found = findTokens(text, rules, new Set(allHits.map((h) => h.platform)), MAX_LINKS_PER_TEXT);
  if (found.length < MAX_LINKS_PER_TEXT) return linksIn(rules, text, urls, allHits, found);
  const reach = found.at(-1)!.end;
  const read = (x: { end: number }) => x.end <= reach;
  const hits = allHits.filter((h) => h.index < reach);
  return linksIn(rules, text.slice(0, reach), urls.filter(read), hits, found);
}

/** The links of a text read up to its end: its addresses, marker hits and tokens found. */
function linksIn(
  rules: RuleSet,
  text: string,
  candidates: UrlCandidate[],
  hits: MarkerHit[],
  found: TokenCandidate[],
): FoundLink[] {
  const links: FoundLink[] = [];
  const hrefs: string[] = [];
  for (const c of candidates) {
    const link = linkFromCandidate(rules, text, c);
    if (link) {
      links.push(link);
      hrefs.push(c.href);
    }
  }
  const spans = spansOf(links, text.length);
  const markers = new Set(hits.map((h) => h.marker));
  links.forEach((link, i) => describeShare(rules, text, link, hrefs[i]!, spans[i]!, hits, markers));
  const candidateSpans = candidates.map((c) => ({ from: c.start, to: c.end }));
  const tokens = withoutOverlaps(candidateSpans, found);
  const standalone = attachTokens(links, spans, tokens, rules);
  links.forEach((link, i) => tokenOfHref(rules, link, hrefs[i]!));
  const tokenSpans = spansOf(standalone, text.length);
  const tokenLinks = standalone.map((t, i) => tokenLink(rules, text, t, tokenSpans[i]!, markers));
  return [...links, ...tokenLinks].sort((a, b) => a.start - b.start);
}
